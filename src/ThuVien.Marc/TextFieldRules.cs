using ThuVien.Marc.Iso2709;

namespace ThuVien.Marc;

/// <summary>
/// The checks shared by the readers whose values arrive as text (MARCXML, MARC-in-JSON):
/// leader, tags, indicators and subfield codes. What can be repaired is repaired with a warning;
/// what cannot is an error that rejects the record. Every issue carries the line it was found on.
/// </summary>
internal static class TextFieldRules
{
    // Used when a record has no leader: blank descriptive positions, so nothing is invented.
    private const string BlankLeader = "00000n   a2200000   4500";

    public static Leader ReadLeader(string? text, IssueList issues, int line)
    {
        if (text is null)
        {
            issues.Warn(line, null, $"the record has no leader; '{BlankLeader}' is assumed");
            return new Leader(BlankLeader);
        }

        if (text.Length != Leader.Length)
        {
            var repaired = text.Length > Leader.Length ? text[..Leader.Length] : text.PadRight(Leader.Length);
            issues.Warn(line, null, $"leader '{text}' has {text.Length} characters, not {Leader.Length}; {(text.Length > Leader.Length ? "cut" : "padded with blanks")} to '{repaired}'");
            text = repaired;
        }

        CheckLeaderPositions(text, issues, line);
        return new Leader(text);
    }

    /// <summary>
    /// Warns about leader positions outside the MARC21slim leader pattern. Positions 0-4 and 12-16
    /// (lengths) are recomputed by every writer and 09 is set by them, so they are not checked.
    /// </summary>
    private static void CheckLeaderPositions(string leader, IssueList issues, int line)
    {
        for (var i = 5; i < 20; i++)
        {
            var c = leader[i];
            var allowed = i switch
            {
                6 => char.IsAsciiLetterOrDigit(c),
                9 or (>= 12 and <= 16) => true,
                10 or 11 => c is '2' or ' ',
                _ => c == ' ' || char.IsAsciiLetterOrDigit(c),
            };
            if (!allowed)
            {
                issues.Warn(line, null, $"leader/{i:D2} '{Printable(c)}' does not fit the MARC21 leader pattern; kept as given");
            }
        }

        if (leader.AsSpan(20) is not ("4500" or "    "))
        {
            issues.Warn(line, null, $"leader/20-23 '{Printable(leader[20..])}' is not '4500'; kept as given");
        }
    }

    /// <summary>The tag to use; null (with an error) when there is no usable tag.</summary>
    public static string? ReadTag(string? tag, string element, IssueList issues, int line)
    {
        if (tag is null)
        {
            issues.Error(line, null, $"{element} has no tag");
            return null;
        }

        if (tag.Length is > 0 and < 3 && IsAllDigits(tag))
        {
            var padded = tag.PadLeft(3, '0');
            issues.Warn(line, padded, $"{element} tag '{tag}' has fewer than three digits; read as '{padded}'");
            return padded;
        }

        if (tag.Length != 3 || !IsTagCharacter(tag[0]) || !IsTagCharacter(tag[1]) || !IsTagCharacter(tag[2]))
        {
            issues.Error(line, null, $"{element} tag '{Printable(tag)}' is not three letters or digits");
            return null;
        }

        return Share(tag);
    }

    /// <summary>One indicator: missing or empty means blank (warned); longer than one character is an error.</summary>
    public static char ReadIndicator(string? value, int number, string tag, IssueList issues, int line)
    {
        if (string.IsNullOrEmpty(value))
        {
            issues.Warn(line, tag, $"indicator {number} is {(value is null ? "missing" : "empty")}; assuming blank");
            return ' ';
        }

        if (value.Length != 1)
        {
            issues.Error(line, tag, $"indicator {number} '{Printable(value)}' is not one character");
            return ' ';
        }

        var c = value[0];
        if (!Iso2709Bytes.IsValidIndicator(c))
        {
            // Kept: the text format carries it faithfully and yaz round-trips it; the warning tells the cataloguer.
            issues.Warn(line, tag, $"indicator {number} '{Printable(c)}' is not a MARC21 indicator (digit, lowercase letter or blank); kept as given");
        }

        return c;
    }

    /// <summary>A subfield code; false (with an error) when missing or not one character.</summary>
    public static bool TryReadSubfieldCode(string? code, string tag, IssueList issues, int line, out char result)
    {
        result = ' ';
        if (string.IsNullOrEmpty(code))
        {
            issues.Error(line, tag, code is null ? "subfield has no code" : "subfield code is empty");
            return false;
        }

        if (code.Length != 1)
        {
            issues.Error(line, tag, $"subfield code '{Printable(code)}' is not one character");
            return false;
        }

        result = code[0];
        if (!Iso2709Bytes.IsValidSubfieldCode(result))
        {
            issues.Warn(line, tag, $"subfield code '{Printable(result)}' is not printable ASCII; kept as given");
        }

        return true;
    }

    /// <summary>Shares the string of numeric tags between records (see <see cref="Tags"/>).</summary>
    public static string Share(string tag)
    {
        if (tag.Length == 3 && IsAllDigits(tag))
        {
            ReadOnlySpan<byte> bytes = [(byte)tag[0], (byte)tag[1], (byte)tag[2]];
            return Tags.FromBytes(bytes);
        }

        return tag;
    }

    /// <summary>Shows control characters as code points, so a message never carries them raw.</summary>
    public static string Printable(string text)
    {
        foreach (var c in text)
        {
            if (IsHidden(c))
            {
                return string.Concat(text.Select(Printable));
            }
        }

        return text;
    }

    public static string Printable(char c) => IsHidden(c) ? $"U+{(int)c:X4}" : c.ToString();

    /// <summary>Characters a reader of the message could not see or tell from a blank.</summary>
    private static bool IsHidden(char c) =>
        char.IsControl(c) || (c != ' ' && char.IsWhiteSpace(c)) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    private static bool IsTagCharacter(char c) => char.IsAsciiLetterOrDigit(c);

    private static bool IsAllDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
