using System.Text;

namespace ThuVien.Marc.Mapping;

/// <summary>Display text built from the subfields of a data field, cleaned of trailing ISBD punctuation.</summary>
internal static class SubfieldText
{
    /// <summary>The subdivision subfields of subject and genre headings: form, general, chronological, geographic.</summary>
    public const string Subdivisions = "vxyz";

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>The subfields whose codes are in <paramref name="codes"/>, joined by spaces; null when none has text.</summary>
    public static string? Join(DataField field, string codes) => Join(field, codes, except: false);

    /// <summary>The alphabetic subfields whose codes are not in <paramref name="excluded"/>, joined by spaces; null when none has text.</summary>
    public static string? JoinLetters(DataField field, string excluded) => Join(field, excluded, except: true);

    /// <summary>
    /// A heading with its subdivisions joined by " -- " ("Baseball -- Fiction"): the alphabetic
    /// subfields other than v, x, y, z and <paramref name="excluded"/> make the main part.
    /// </summary>
    public static string? Heading(DataField field, string excluded)
    {
        var main = JoinLetters(field, string.Concat(Subdivisions, excluded));
        StringBuilder? text = null;
        foreach (var subfield in field.Subfields)
        {
            if (!Subdivisions.Contains(subfield.Code, StringComparison.Ordinal))
            {
                continue;
            }

            var part = IsbdPunctuation.Clean(subfield.Value);
            if (part.Length == 0)
            {
                continue;
            }

            text ??= new StringBuilder(main);
            text.Append(text.Length == 0 ? string.Empty : " -- ").Append(part);
        }

        return text is null ? main : text.ToString();
    }

    /// <summary>Parts of a hierarchical place name (662, 752) joined by " -- ": "Việt Nam -- Hà Nội".</summary>
    public static string? Hierarchy(DataField field, string codes)
    {
        StringBuilder? text = null;
        string? first = null;
        foreach (var subfield in field.Subfields)
        {
            if (!codes.Contains(subfield.Code, StringComparison.Ordinal))
            {
                continue;
            }

            var part = IsbdPunctuation.Clean(subfield.Value);
            if (part.Length == 0)
            {
                continue;
            }

            if (first is null)
            {
                first = part;
                continue;
            }

            text ??= new StringBuilder(first);
            text.Append(" -- ").Append(part);
        }

        return text?.ToString() ?? first;
    }

    /// <summary>A value that keeps its punctuation (a URL, a code): NFC and trimmed of white space only; null when empty.</summary>
    public static string? Trimmed(string value)
    {
        var text = value.Trim();
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>A cleaned value, or null when nothing is left.</summary>
    public static string? Clean(string value)
    {
        var text = IsbdPunctuation.Clean(value);
        return text.Length == 0 ? null : text;
    }

    private static string? Join(DataField field, string codes, bool except)
    {
        string? first = null;
        StringBuilder? text = null;
        string? carried = null;
        foreach (var subfield in field.Subfields)
        {
            var code = subfield.Code;
            var listed = codes.Contains(code, StringComparison.Ordinal);
            var included = except ? char.IsAsciiLetter(code) && !listed : listed;
            var value = subfield.Value.AsSpan().Trim();
            if (!included)
            {
                // A skipped subfield may carry the ISBD mark that introduces the next one:
                // in "$a Title $h [sound recording] : $b subtitle" the colon belongs before $b.
                if (first is not null)
                {
                    carried = IntroducingMark(value) ?? carried;
                }

                continue;
            }

            if (value.IsEmpty)
            {
                continue;
            }

            if (first is null)
            {
                first = subfield.Value;
                carried = null;
                continue;
            }

            if (text is null)
            {
                text = t_builder ??= new StringBuilder(256);
                text.Clear().Append(first.AsSpan().Trim());
            }

            if (carried is not null && !EndsWithMark(text))
            {
                text.Append(' ').Append(carried);
            }

            carried = null;
            text.Append(' ').Append(value);
        }

        if (first is null)
        {
            return null;
        }

        var joined = text is null ? first : text.ToString();
        var clean = IsbdPunctuation.Clean(joined);
        return clean.Length == 0 ? null : clean;
    }

    private static string? IntroducingMark(ReadOnlySpan<char> value)
    {
        if (value.Length < 2 || !char.IsWhiteSpace(value[^2]))
        {
            return null;
        }

        return value[^1] switch
        {
            ':' => ":",
            ';' => ";",
            '=' => "=",
            '/' => "/",
            _ => null,
        };
    }

    private static bool EndsWithMark(StringBuilder text) =>
        text.Length > 0 && text[^1] is ':' or ';' or '=' or '/' or ',' or '.';
}
