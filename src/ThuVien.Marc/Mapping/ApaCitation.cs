using System.Globalization;
using System.Text;

namespace ThuVien.Marc.Mapping;

/// <summary>
/// A reference in a simple APA-like style (after APA 7, books):
/// "Đào, D. A. (1951). <i>Việt Nam văn hóa sử cương</i> (Tái bản). Văn hóa Thông tin."
/// It comes in three parts so that a page can set the title in italics: <see cref="Lead"/>,
/// <see cref="Title"/> and <see cref="Tail"/>. Inverted personal names are cited by family name and
/// initials; names in direct order (usual for Vietnamese) and organisations are cited as recorded.
/// </summary>
public sealed class ApaCitation
{
    private ApaCitation(string lead, string title, string tail)
    {
        Lead = lead;
        Title = title;
        Tail = tail;
    }

    /// <summary>What comes before the title: the authors and the year in parentheses, or nothing when no author is known.</summary>
    public string Lead { get; }

    /// <summary>The title, set in italics.</summary>
    public string Title { get; }

    /// <summary>What follows the title: the edition, the year when no author is known, and the publisher.</summary>
    public string Tail { get; }

    /// <summary>Makes the citation of a summarised record; "n.d." stands for a missing year.</summary>
    public static ApaCitation From(BibliographicSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var year = summary.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "n.d.";
        var title = summary.Title ?? string.Empty;
        var authors = Authors(summary);
        var tail = new StringBuilder();
        if (summary.Edition is { } edition)
        {
            tail.Append(" (").Append(edition).Append(')');
        }

        if (!EndsWithStop(tail.Length > 0 ? tail.ToString() : title))
        {
            tail.Append('.');
        }

        var lead = string.Empty;
        if (authors is null)
        {
            tail.Append(" (").Append(year).Append(").");
        }
        else
        {
            lead = $"{authors}{(authors.EndsWith('.') ? string.Empty : ".")} ({year}). ";
        }

        if (summary.Publisher is { } publisher)
        {
            tail.Append(' ').Append(publisher);
            if (!EndsWithStop(publisher))
            {
                tail.Append('.');
            }
        }

        return new ApaCitation(lead, title, tail.ToString());
    }

    /// <summary>The whole citation as plain text.</summary>
    public override string ToString() => string.Concat(Lead, Title, Tail);

    private static string? Authors(BibliographicSummary summary)
    {
        var names = new List<string>();
        foreach (var name in summary.Names)
        {
            if (CitationNames.IsAuthor(name))
            {
                names.Add(Cited(name));
            }
        }

        return names.Count switch
        {
            0 => null,
            1 => names[0],
            _ => string.Concat(string.Join(", ", names.Take(names.Count - 1)), ", & ", names[^1]),
        };
    }

    /// <summary>"Đào, Duy Anh, 1904-1988" → "Đào, D. A."; a name without a comma stays as it is.</summary>
    private static string Cited(NameEntry name)
    {
        var text = CitationNames.WithoutDates(name);
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (name.Kind != NameKind.Person || comma < 0)
        {
            return text;
        }

        var cited = new StringBuilder(text.Length).Append(text, 0, comma).Append(',');
        foreach (var given in text[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            cited.Append(' ');
            var parts = given.Split('-');
            for (var i = 0; i < parts.Length; i++)
            {
                if (parts[i].Length == 0)
                {
                    continue;
                }

                cited.Append(i > 0 ? "-" : string.Empty).Append(char.IsSurrogate(parts[i][0]) ? parts[i][..2] : parts[i][..1]).Append('.');
            }
        }

        return cited.ToString();
    }

    private static bool EndsWithStop(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!';
}
