using System.Buffers;
using System.Globalization;
using System.Text;

namespace ThuVien.Marc.Mapping;

/// <summary>
/// Writes a bibliographic summary as one BibTeX entry ("@book{key, title = {…}, …}"). Text stays
/// Unicode (biber and BibTeX with UTF-8 input read it); the characters TeX treats specially are
/// escaped, and names in direct order ("Nguyễn Du") or of organisations are braced so that BibTeX
/// does not split them into first and last names.
/// </summary>
public static class BibTexWriter
{
    /// <summary>The media type of BibTeX files.</summary>
    public const string MediaType = "application/x-bibtex";

    private static readonly SearchValues<char> Special = SearchValues.Create("\\{}&%$#_~^\r\n");

    /// <summary>Writes one entry.</summary>
    /// <param name="summary">The record to cite.</param>
    /// <param name="key">The citation key; characters other than ASCII letters, digits, '-', '_' and ':' are left out.</param>
    /// <param name="url">The record's address, or null to leave it out.</param>
    public static string Write(BibliographicSummary summary, string key, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder(512);
        text.Append('@').Append(TypeOf(summary)).Append('{').Append(Key(key)).Append(",\n");
        Field(text, "title", summary.Title);
        Field(text, "author", Names(summary, CitationNames.IsAuthor), escape: false);
        Field(text, "editor", Names(summary, name => !CitationNames.IsAuthor(name) && CitationNames.IsEditor(name)), escape: false);
        Field(text, "edition", summary.Edition);
        Field(text, Thesis.IsThesis(summary) ? "school" : "publisher", summary.Publisher);
        Field(text, "address", summary.PlaceOfPublication);
        Field(text, "year", summary.Year?.ToString("D4", CultureInfo.InvariantCulture));
        Field(text, "series", summary.Series.IsEmpty ? null : summary.Series[0]);
        Field(text, "isbn", summary.Isbns.IsEmpty ? null : summary.Isbns[0].Value);
        Field(text, "issn", summary.Issns.IsEmpty ? null : summary.Issns[0].Value);
        Field(text, "language", summary.Languages.IsEmpty ? null : summary.Languages[0]);
        Field(text, "keywords", summary.Subjects.IsEmpty ? null : string.Join(", ", summary.Subjects.Select(s => s.Heading)));
        Field(text, "note", summary.Notes.IsEmpty ? null : string.Join(". ", summary.Notes.Where(n => n.Tag != "520").Select(n => n.Text)));
        Field(text, "abstract", summary.Notes.FirstOrDefault(n => n.Tag == "520")?.Text);
        Field(text, "url", url?.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal), escape: false);
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>The entry type: a thesis by degree, a book, or misc for what BibTeX has no type for.</summary>
    internal static string TypeOf(BibliographicSummary summary) =>
        Thesis.IsThesis(summary)
            ? (Thesis.IsDoctoral(summary) ? "phdthesis" : "mastersthesis")
            : summary.MaterialType == MaterialType.Book ? "book" : "misc";

    /// <summary>Escapes the characters TeX treats specially, so that a value is read as the text it is.</summary>
    internal static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny(Special) < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '{' => "\\{",
                '}' => "\\}",
                '&' => "\\&",
                '%' => "\\%",
                '$' => "\\$",
                '#' => "\\#",
                '_' => "\\_",
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                '\r' or '\n' => " ",
                _ => null,
            } ?? c.ToString());
        }

        return text.ToString();
    }

    private static string? Names(BibliographicSummary summary, Func<NameEntry, bool> wanted)
    {
        StringBuilder? text = null;
        foreach (var name in summary.Names)
        {
            if (!wanted(name))
            {
                continue;
            }

            var cited = Escape(CitationNames.WithoutDates(name));
            text = text is null ? new StringBuilder() : text.Append(" and ");

            // BibTeX reads "Last, First" for inverted names; a name without a comma it would split at
            // its last space, which is wrong for Vietnamese names in direct order and for organisations.
            var inverted = name.Kind == NameKind.Person && cited.Contains(',', StringComparison.Ordinal);
            text.Append(inverted ? cited : $"{{{cited}}}");
        }

        return text?.ToString();
    }

    private static string Key(string key)
    {
        var text = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':')
            {
                text.Append(c);
            }
        }

        return text.Length == 0 ? "record" : text.ToString();
    }

    private static void Field(StringBuilder text, string name, string? value, bool escape = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        text.Append("  ").Append(name).Append(" = {").Append(escape ? Escape(value) : value).Append("},\n");
    }
}
