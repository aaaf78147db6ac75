using ThuVien.Marc.Mapping;

namespace ThuVien.Marc.Identifiers;

/// <summary>The text around an ISBN or ISSN in a subfield: a leading label and a trailing qualifier.</summary>
internal static class StandardNumberText
{
    /// <summary>The index after leading white space and an optional label such as "ISBN", "ISBN-13:" or "ISSN".</summary>
    public static int SkipLabel(ReadOnlySpan<char> text, string label)
    {
        var i = SkipSpace(text, 0);
        if (text.Length - i >= label.Length && text.Slice(i, label.Length).Equals(label, StringComparison.OrdinalIgnoreCase))
        {
            var j = i + label.Length;

            // "ISBN-10", "ISBN-13", "ISBN13" name the form, they are not digits of the number.
            if (text.Length - j >= 3 && text[j] == '-' && text[j + 1] == '1' && text[j + 2] is '0' or '3')
            {
                j += 3;
            }
            else if (text.Length - j >= 2 && text[j] == '1' && text[j + 1] is '0' or '3' && (text.Length - j == 2 || !char.IsAsciiDigit(text[j + 2])))
            {
                j += 2;
            }

            j = SkipSpace(text, j);
            if (j < text.Length && text[j] == ':')
            {
                j++;
            }

            i = SkipSpace(text, j);
        }

        return i;
    }

    /// <summary>True for the characters that group the digits of a number: hyphens and spaces.</summary>
    public static bool IsSeparator(char c) =>
        c is '-' or ' ' or '\u00a0' or '\u2010' or '\u2011' or '\u2012' or '\u2013';

    /// <summary>
    /// The qualifier after a number ("(bìa mềm)", "(pbk.) :", "acid-free paper"), without ISBD
    /// punctuation or the parentheses around it; empty when there is none.
    /// </summary>
    public static string Qualifier(ReadOnlySpan<char> rest)
    {
        var start = 0;
        while (start < rest.Length && (char.IsWhiteSpace(rest[start]) || rest[start] is ':' or ';' or '/' or '=' or ',' or '.'))
        {
            start++;
        }

        rest = rest[start..];
        if (rest.IsEmpty)
        {
            return string.Empty;
        }

        var text = IsbdPunctuation.Clean(rest.ToString());
        if (text.Length >= 2 && text[0] == '(' && ClosingParenthesis(text) == text.Length - 1)
        {
            text = IsbdPunctuation.Clean(text[1..^1]);
        }

        return text;
    }

    private static int ClosingParenthesis(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
