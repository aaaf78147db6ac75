using System.Globalization;

namespace ThuVien.Search.Query;

/// <summary>
/// Reads the value of year: — 2000, 1990-2000, 1990..2000, [1990 TO 2000], {1990 TO 2000},
/// &gt;2000, &gt;=2000, &lt;1900, &lt;=1900, and open ends (1990-, [* TO 2000]).
/// </summary>
internal static class YearSyntax
{
    public const int Latest = 2200;

    /// <summary>The range, or null with a notice when the value is not a year range within 0 to <see cref="Latest"/>.</summary>
    public static YearRange? Parse(ReadOnlySpan<char> text, NoticeList notices)
    {
        text = text.Trim();
        if (!TryRead(text, notices, out var from, out var to)
            || (from is null && to is null)
            || from is < 0 or > Latest
            || to is < 0 or > Latest
            || from > to)
        {
            notices.Add(QueryNotice.InvalidYear);
            return null;
        }

        return new YearRange(from, to);
    }

    private static bool TryRead(ReadOnlySpan<char> text, NoticeList notices, out int? from, out int? to)
    {
        from = null;
        to = null;
        if (text.IsEmpty)
        {
            return false;
        }

        if (text[0] is '[' or '{')
        {
            return TryReadBrackets(text, notices, out from, out to);
        }

        if (text[0] is '>' or '<')
        {
            var inclusive = text.Length > 1 && text[1] == '=';
            if (!TryYear(text[(inclusive ? 2 : 1)..], out var year))
            {
                return false;
            }

            var step = inclusive ? 0 : 1;
            if (text[0] == '>')
            {
                from = year + step;
            }
            else
            {
                to = year - step;
            }

            return true;
        }

        var separator = text.IndexOf("..", StringComparison.Ordinal);
        var width = 2;
        if (separator < 0)
        {
            separator = text.IndexOfAny('-', '\u2013');
            width = 1;
        }

        if (separator < 0)
        {
            if (!TryYear(text, out var single))
            {
                return false;
            }

            from = to = single;
            return true;
        }

        return TryBounds(text[..separator], text[(separator + width)..], true, true, notices, out from, out to);
    }

    private static bool TryReadBrackets(ReadOnlySpan<char> text, NoticeList notices, out int? from, out int? to)
    {
        from = null;
        to = null;
        var fromInclusive = text[0] == '[';
        var body = text[1..];
        var toInclusive = true;
        if (!body.IsEmpty && body[^1] is ']' or '}')
        {
            toInclusive = body[^1] == ']';
            body = body[..^1];
        }

        var separator = IndexOfTo(body);
        return separator >= 0
            && TryBounds(body[..separator], body[(separator + 2)..], fromInclusive, toInclusive, notices, out from, out to);
    }

    private static bool TryBounds(ReadOnlySpan<char> low, ReadOnlySpan<char> high, bool fromInclusive, bool toInclusive, NoticeList notices, out int? from, out int? to)
    {
        from = null;
        to = null;
        if (!TryBound(low.Trim(), out var first) || !TryBound(high.Trim(), out var last))
        {
            return false;
        }

        if (first > last)
        {
            notices.Add(QueryNotice.YearRangeReversed);
            (first, last) = (last, first);
        }

        from = first + (fromInclusive ? 0 : 1);
        to = last - (toInclusive ? 0 : 1);
        return true;
    }

    /// <summary>A year, or null for an open end ("" or "*").</summary>
    private static bool TryBound(ReadOnlySpan<char> text, out int? year)
    {
        year = null;
        if (text.IsEmpty || text is "*")
        {
            return true;
        }

        if (TryYear(text, out var value))
        {
            year = value;
            return true;
        }

        return false;
    }

    private static bool TryYear(ReadOnlySpan<char> text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year);

    /// <summary>Where " TO " (any case) stands between the bounds of a bracketed range.</summary>
    private static int IndexOfTo(ReadOnlySpan<char> body)
    {
        for (var i = 0; i + 1 < body.Length; i++)
        {
            if (body[i] is 'T' or 't'
                && body[i + 1] is 'O' or 'o'
                && (i == 0 || char.IsWhiteSpace(body[i - 1]))
                && (i + 2 == body.Length || char.IsWhiteSpace(body[i + 2])))
            {
                return i;
            }
        }

        return -1;
    }
}
