using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ThuVien.Search.Facets;

namespace ThuVien.Search.Querying;

/// <summary>
/// Every value of one keyword facet (subjects, authors…) with the number of records that carry it, in
/// Vietnamese alphabetical order: the browse lists. Built once per reader (each refresh of the index) and
/// dimension, from the facet ordinals the reader already holds, so a browse request only filters and pages.
/// </summary>
internal sealed class HeadingList
{
    private static readonly ConditionalWeakTable<IndexReader, HeadingList?[]> Cache = [];

    private readonly string[] _headings;
    private readonly string[] _folded;
    private readonly int[] _counts;

    private HeadingList(string[] headings, string[] folded, int[] counts)
    {
        _headings = headings;
        _folded = folded;
        _counts = counts;
    }

    public int Count => _headings.Length;

    /// <summary>The list of a keyword dimension; other dimensions (year ranges, availability) have no headings.</summary>
    public static HeadingList For(IndexReader reader, FacetDimension dimension)
    {
        var d = FacetDimension.KeywordIndexOf(dimension);
        if (d < 0)
        {
            return new HeadingList([], [], []);
        }

        var lists = Cache.GetValue(reader, _ => new HeadingList?[FacetDimension.Keywords.Count]);

        // Two first requests may both build the list; either result is the same, and the later one wins.
        return Volatile.Read(ref lists[d]) ?? (lists[d] = Build(reader, d));
    }

    /// <summary>
    /// Page <paramref name="page"/> of the headings that start with <paramref name="from"/> (all when empty),
    /// compared folded, or as typed where the reader typed diacritics (see <see cref="HeadingKey"/>).
    /// </summary>
    public BrowsePage Page(string? from, int page, int size)
    {
        var typed = from ?? string.Empty;
        if (typed.Length > HeadingKey.MaxTyped)
        {
            typed = typed[..HeadingKey.MaxTyped];
        }

        var folded = HeadingKey.Folded(typed);
        var exact = Vietnamese.VietnameseText.HasVietnameseDiacritics(typed) ? HeadingKey.Exact(typed) : null;
        var skip = (long)(page - 1) * size;
        var headings = new List<BrowseHeading>(Math.Min(size, _headings.Length));
        var total = 0;
        for (var i = 0; i < _headings.Length; i++)
        {
            if (!_folded[i].StartsWith(folded, StringComparison.Ordinal)
                || (exact is not null && !HeadingKey.StartsWithTyped(HeadingKey.Exact(_headings[i]), exact)))
            {
                continue;
            }

            if (total >= skip && headings.Count < size)
            {
                headings.Add(new BrowseHeading(_headings[i], _counts[i]));
            }

            total++;
        }

        return new BrowsePage(total, page, size, headings);
    }

    private static HeadingList Build(IndexReader reader, int d)
    {
        // The counts a match-all search collects: every live document's values, by shared ordinal.
        var facets = ReaderFacets.For(reader);
        using var collector = new FacetCollector(facets);
        new IndexSearcher(reader).Search(new MatchAllDocsQuery(), collector);
        var counts = collector.CountsOf(d);

        var used = 0;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                used++;
            }
        }

        var headings = new string[used];
        var keys = new string[used];
        var kept = new int[used];
        var n = 0;
        for (var ordinal = 0; ordinal < counts.Length; ordinal++)
        {
            if (counts[ordinal] == 0)
            {
                continue;
            }

            headings[n] = facets.ValueOf(d, ordinal);
            keys[n] = Vietnamese.VietnameseCollation.SortKey(headings[n]);
            kept[n] = counts[ordinal];
            n++;
        }

        // Collation order, and for headings that collate alike (they differ only in punctuation or past the
        // key's length) the order of their bytes, so that a page never depends on the segments' layout.
        var order = new int[used];
        for (var i = 0; i < used; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            var byKey = string.CompareOrdinal(keys[x], keys[y]);
            return byKey != 0 ? byKey : string.CompareOrdinal(headings[x], headings[y]);
        });

        var sorted = new string[used];
        var folded = new string[used];
        var sortedCounts = new int[used];
        for (var i = 0; i < used; i++)
        {
            sorted[i] = headings[order[i]];
            folded[i] = HeadingKey.Folded(sorted[i]);
            sortedCounts[i] = kept[order[i]];
        }

        return new HeadingList(sorted, folded, sortedCounts);
    }
}
