namespace ThuVien.Search.Query;

/// <summary>Recognises a bare ISBN or ISSN in the search box by its shape; checking and normalising it is the index's job.</summary>
internal static class StandardNumberShape
{
    /// <summary>Longest ISBN-13 written with its four hyphens.</summary>
    private const int LongestIsbn = 17;

    /// <summary>10 or 13 digits, single hyphens between them, the last of an ISBN-10 may be X.</summary>
    public static bool IsIsbn(ReadOnlySpan<char> text)
    {
        if (text.Length is < 10 or > LongestIsbn)
        {
            return false;
        }

        var digits = 0;
        var checkX = false;
        var afterHyphen = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) || (c is 'X' or 'x' && i == text.Length - 1))
            {
                digits++;
                checkX = c is 'X' or 'x';
                afterHyphen = false;
            }
            else if (c == '-' && !afterHyphen)
            {
                afterHyphen = true;
            }
            else
            {
                return false;
            }
        }

        return !afterHyphen && (digits == 10 || (digits == 13 && !checkX));
    }

    /// <summary>
    /// dddd-dddX with a valid check digit (ISO 3297). The check matters here: "1945-1975" has the
    /// same shape and readers type year spans far more often than ISSNs.
    /// </summary>
    public static bool IsIssn(ReadOnlySpan<char> text)
    {
        if (text.Length != 9 || text[4] != '-')
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = text[i < 4 ? i : i + 1];
            if (!char.IsAsciiDigit(c))
            {
                return i == 7 && c is 'X' or 'x' && (11 - (sum % 11)) % 11 == 10;
            }

            if (i < 7)
            {
                sum += (c - '0') * (8 - i);
            }
            else
            {
                return (11 - (sum % 11)) % 11 == c - '0';
            }
        }

        return false;
    }
}
