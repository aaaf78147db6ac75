using System.Globalization;
using System.Text;

namespace ThuVien.Search.Query;

/// <summary>
/// Makes what was typed safe to read: removes control, zero-width and broken characters,
/// normalises to NFC (so NFD Vietnamese reads like NFC) and caps the length.
/// </summary>
internal static class QueryInput
{
    public const int MaxLength = 1000;

    /// <summary>Work is bounded before normalising: more than this is never read.</summary>
    private const int MaxRead = 4 * MaxLength;

    public static string Clean(string? typed, NoticeList notices)
    {
        if (string.IsNullOrEmpty(typed))
        {
            return string.Empty;
        }

        var text = typed;
        if (text.Length > MaxRead)
        {
            notices.Add(QueryNotice.TooLong);
            text = text[..SafeCut(text, MaxRead)];
        }

        text = RemoveControls(text, notices);
        text = ToNfc(text);
        if (text.Length > MaxLength)
        {
            notices.Add(QueryNotice.TooLong);
            text = text[..CutPoint(text)];
        }

        return text;
    }

    private static string RemoveControls(string text, NoticeList notices)
    {
        var first = 0;
        while (first < text.Length && Keep(text, first) == Disposition.Keep)
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        kept.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            switch (Keep(text, i))
            {
                case Disposition.Keep:
                    kept.Append(text[i]);
                    break;
                case Disposition.KeepPair:
                    kept.Append(text[i]).Append(text[i + 1]);
                    i++;
                    break;
                case Disposition.Space:
                    kept.Append(' ');
                    break;
                default:
                    notices.Add(QueryNotice.ControlCharacters);
                    break;
            }
        }

        return kept.ToString();
    }

    private static Disposition Keep(string text, int index)
    {
        var c = text[index];
        if (c is >= ' ' and < '\u007f')
        {
            return Disposition.Keep;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? Disposition.KeepPair : Disposition.Remove;
        }

        // Tabs and line breaks from a paste separate words like a space; they are not an error.
        if (c is '\t' or '\n' or '\v' or '\f' or '\r' or '\u0085' or '\u2028' or '\u2029')
        {
            return Disposition.Space;
        }

        if (char.IsLowSurrogate(c) || char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
        {
            return Disposition.Remove;
        }

        // Zero-width spaces and joiners, byte order marks, soft hyphens, direction marks.
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format ? Disposition.Remove : Disposition.Keep;
    }

    private static string ToNfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Only invalid UTF-16 makes normalisation throw, and that was removed above; keep the text as it is.
            return text;
        }
    }

    /// <summary>Where to cut an over-long text: at the last whitespace before the limit, else at the limit.</summary>
    private static int CutPoint(string text)
    {
        for (var i = MaxLength; i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return SafeCut(text, MaxLength);
    }

    /// <summary>A cut at <paramref name="length"/>, moved back one so a surrogate pair is not split.</summary>
    private static int SafeCut(string text, int length) => char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;

    private enum Disposition
    {
        Keep,
        KeepPair,
        Space,
        Remove,
    }
}
