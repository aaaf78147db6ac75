namespace ThuVien.Web.Opac;

/// <summary>
/// The page links of a long list: previous, next, the first and last pages and two either side of the
/// current one, with gaps (null) between; few enough to fit a phone's width.
/// </summary>
internal sealed record Pager(int Current, int Last, Func<int, string> UrlOf, string Label)
{
    private const int Around = 2;

    /// <summary>The last page of <paramref name="total"/> items at <paramref name="size"/> a page, no further than <paramref name="reachable"/> items.</summary>
    public static int LastPage(long total, int size, long reachable = long.MaxValue)
    {
        var shown = Math.Min(total, reachable);
        return (int)Math.Max(1, (shown + size - 1) / size);
    }

    public bool HasPrevious => Current > 1;

    public bool HasNext => Current < Last;

    /// <summary>Page numbers in order, null where pages are skipped.</summary>
    public IReadOnlyList<int?> Numbers
    {
        get
        {
            var numbers = new List<int?>(2 * Around + 5);
            var from = Math.Max(1, Current - Around);
            var to = Math.Min(Last, Current + Around);
            if (from > 1)
            {
                numbers.Add(1);
                if (from > 2)
                {
                    numbers.Add(null);
                }
            }

            for (var page = from; page <= to; page++)
            {
                numbers.Add(page);
            }

            if (to < Last)
            {
                if (to < Last - 1)
                {
                    numbers.Add(null);
                }

                numbers.Add(Last);
            }

            return numbers;
        }
    }
}
