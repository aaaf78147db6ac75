namespace ThuVien.Search.Facets;

/// <summary>The fixed year ranges of the year facet, newest first; each is also a filter value ("2010-2019").</summary>
internal static class YearRanges
{
    public static readonly (int From, int To)[] All =
    [
        (2020, 2200), (2010, 2019), (2000, 2009), (1990, 1999), (1975, 1989), (1950, 1974), (1900, 1949), (0, 1899),
    ];

    public static int IndexOf(int year)
    {
        for (var i = 0; i < All.Length; i++)
        {
            if (year >= All[i].From)
            {
                return year <= All[i].To ? i : -1;
            }
        }

        return -1;
    }

    public static string Label((int From, int To) range) =>
        range.To >= 2200 ? $"{range.From}-" : range.From <= 0 ? $"-{range.To}" : $"{range.From}-{range.To}";

    /// <summary>Reads "2010-2019", "2020-", "-1899" or "1995".</summary>
    public static bool TryParse(string text, out int from, out int to)
    {
        from = 0;
        to = 2200;
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            var ok = int.TryParse(text, out from);
            to = from;
            return ok;
        }

        var left = text[..dash].Trim();
        var right = text[(dash + 1)..].Trim();
        return (left.Length == 0 || int.TryParse(left, out from)) && (right.Length == 0 || int.TryParse(right, out to)) && from <= to;
    }
}
