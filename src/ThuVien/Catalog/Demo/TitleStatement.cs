using System.Text;

using ThuVien.Marc;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// Field 245 with ISBD punctuation (ISBD consolidated edition §1): " :" before other title
/// information, "." before a part number, "," between part number and part name, " /" before the
/// statement of responsibility, " ; " between groups of contributors, and a closing full stop.
/// </summary>
internal static class TitleStatement
{
    public static DataField For(DemoWork work, bool hasMainEntry)
    {
        var parts = new List<(char Code, string Text)> { ('a', work.Title) };
        if (work.Subtitle is { } subtitle)
        {
            Punctuate(parts, " :");
            parts.Add(('b', subtitle));
        }

        if (work.PartNumber is { } number)
        {
            Punctuate(parts, ".");
            parts.Add(('n', number));
        }

        if (work.PartName is { } name)
        {
            Punctuate(parts, work.PartNumber is null ? "." : ",");
            parts.Add(('p', name));
        }

        if (Responsibility(work) is { } responsibility)
        {
            Punctuate(parts, " /");
            parts.Add(('c', responsibility));
        }

        if (!EndsInFullStop(parts[^1].Text))
        {
            Punctuate(parts, ".");
        }

        return new DataField("245", hasMainEntry ? '1' : '0', Nonfiling(work.Title, work.Language), parts.Select(p => new Subfield(p.Code, p.Text)));
    }

    /// <summary>245 $c: the author as the title page names them, then the contributors grouped by role.</summary>
    public static string? Responsibility(DemoWork work)
    {
        if (work.Responsibility is not null)
        {
            return work.Responsibility;
        }

        var text = new StringBuilder();
        if (work.Author is { } author && !NamedInTitle(work, author))
        {
            text.Append(author.TitlePageName);
        }
        else if (!work.Body.IsEmpty)
        {
            text.AppendJoin(". ", work.Body);
        }

        var contributors = work.Contributors;
        for (var i = 0; i < contributors.Length;)
        {
            var role = contributors[i].Role;
            if (text.Length > 0)
            {
                text.Append(" ; ");
            }

            var first = true;
            for (; i < contributors.Length && contributors[i].Role == role; i++)
            {
                text.Append(first ? string.Empty : ", ").Append(contributors[i].Person.TitlePageName);
                if (DemoRoles.IsBracketed(role))
                {
                    text.Append(" (").Append(role).Append(')');
                }

                first = false;
            }

            if (!DemoRoles.IsBracketed(role))
            {
                text.Append(' ').Append(role);
            }
        }

        return text.Length == 0 ? null : text.ToString();
    }

    /// <summary>
    /// Second indicator of 245, 240 and 830: how many characters an initial article takes, so that
    /// "The Great Gatsby" files under G. Vietnamese has no articles.
    /// </summary>
    public static char Nonfiling(string title, string? language)
    {
        string[] articles = language switch
        {
            "eng" => ["The ", "An ", "A "],
            "fre" => ["Les ", "Le ", "La ", "L'", "Une ", "Un "],
            _ => [],
        };
        foreach (var article in articles)
        {
            if (title.StartsWith(article, StringComparison.Ordinal))
            {
                return (char)('0' + article.Length);
            }
        }

        return '0';
    }

    /// <summary>A name the title already gives ("Thơ Hồ Xuân Hương") is not repeated as a statement of responsibility.</summary>
    private static bool NamedInTitle(DemoWork work, DemoPerson author) =>
        work.Title.Contains(author.TitlePageName, StringComparison.Ordinal)
        || (work.Subtitle?.Contains(author.TitlePageName, StringComparison.Ordinal) ?? false);

    private static void Punctuate(List<(char Code, string Text)> parts, string mark)
    {
        var last = parts[^1];
        var text = mark == "." && EndsInFullStop(last.Text) ? last.Text : last.Text + mark;
        parts[^1] = (last.Code, text);
    }

    private static bool EndsInFullStop(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!';
}
