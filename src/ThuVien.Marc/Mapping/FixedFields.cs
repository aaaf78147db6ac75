namespace ThuVien.Marc.Mapping;

/// <summary>Coded values of the bibliographic 008 and 041 fields (MARC 21 Bibliographic, 008 "All materials", 041).</summary>
internal static class FixedFields
{
    /// <summary>008/07-10, Date 1, when it is a full year (not "19uu", blanks or fill characters).</summary>
    public static string? Date1(string value)
    {
        if (value.Length < 11)
        {
            return null;
        }

        var date = value.AsSpan(7, 4);
        foreach (var c in date)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        return date.ToString();
    }

    /// <summary>008/35-37, Language, in lower case, when it is three letters (not blanks or fill characters).</summary>
    public static string? Language(string value) =>
        value.Length < 38 ? null : Code(value.AsSpan(35, 3));

    /// <summary>
    /// The language codes of one 041 subfield: usually one code, but records made before 2001
    /// run several together ("engfre"), which are split in threes.
    /// </summary>
    public static IEnumerable<string> LanguageCodes(string value)
    {
        var text = value.AsSpan().Trim().TrimEnd(".,;: ");
        if (text.Length == 0)
        {
            return [];
        }

        if (text.Length % 3 == 0 && IsLetters(text))
        {
            var codes = new string[text.Length / 3];
            for (var i = 0; i < codes.Length; i++)
            {
                codes[i] = text.Slice(i * 3, 3).ToString().ToLowerInvariant();
            }

            return codes;
        }

        // Other code lists (041 second indicator 7, $2 iso639-1, rfc4646 …) are passed on as recorded.
        return SubfieldText.Clean(text.ToString()) is { } code ? [code] : [];
    }

    /// <summary>The first run of exactly four digits in a date statement ("c1995." → 1995, "[1995?]", "2019, c2018" → 2019).</summary>
    public static int? Year(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i - start == 4)
            {
                return ((text[start] - '0') * 1000) + ((text[start + 1] - '0') * 100) + ((text[start + 2] - '0') * 10) + (text[start + 3] - '0');
            }
        }

        return null;
    }

    private static string? Code(ReadOnlySpan<char> code) =>
        IsLetters(code) ? code.ToString().ToLowerInvariant() : null;

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
