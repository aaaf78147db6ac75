using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ThuVien.Search.Facets;

/// <summary>Counts the facet values of every matching document, beside the collector that ranks them.</summary>
internal sealed class FacetCollector : ICollector, IDisposable
{
    private readonly ReaderFacets _facets;
    private readonly int[][] _keywordCounts;
    private readonly int[] _yearCounts = new int[YearRanges.All.Length];
    private int _available;
    private SegmentFacets _segment = null!;
    private int[][] _toShared = [];

    public FacetCollector(ReaderFacets facets)
    {
        _facets = facets;
        _keywordCounts = new int[facets.ValueCounts.Length][];
        for (var d = 0; d < _keywordCounts.Length; d++)
        {
            var counts = ArrayPool<int>.Shared.Rent(Math.Max(1, facets.ValueCounts[d]));
            Array.Clear(counts, 0, facets.ValueCounts[d]);
            _keywordCounts[d] = counts;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var s = context.Ord;
        _segment = _facets.Segments[s];
        _toShared = new int[_keywordCounts.Length][];
        for (var d = 0; d < _keywordCounts.Length; d++)
        {
            _toShared[d] = _facets.ToShared[d][s];
        }
    }

    public void Collect(int doc)
    {
        var keywords = _segment.Keywords;
        for (var d = 0; d < keywords.Length; d++)
        {
            var ordinals = keywords[d];
            var end = ordinals.Starts[doc + 1];
            var counts = _keywordCounts[d];
            var toShared = _toShared[d];
            for (var i = ordinals.Starts[doc]; i < end; i++)
            {
                counts[toShared[ordinals.Ordinals[i]]]++;
            }
        }

        var year = _segment.Years[doc];
        if (year != int.MinValue)
        {
            var range = YearRanges.IndexOf(year);
            if (range >= 0)
            {
                _yearCounts[range]++;
            }
        }

        if (_segment.Available[doc])
        {
            _available++;
        }
    }

    /// <summary>The counted facets, each with its most frequent values first (year ranges newest first).</summary>
    public IReadOnlyList<FacetResult> Results(IReadOnlyDictionary<string, IReadOnlyList<string>> selected)
    {
        var results = new List<FacetResult>(FacetDimension.All.Count);
        foreach (var dimension in FacetDimension.All)
        {
            selected.TryGetValue(dimension.Key, out var chosen);
            chosen ??= [];
            var values = dimension.Kind switch
            {
                FacetKind.Keyword => TopValues(FacetDimension.KeywordIndexOf(dimension), dimension.Limit),
                FacetKind.YearRange => [.. YearRanges.All.Select((range, i) => (Value: YearRanges.Label(range), Count: _yearCounts[i])).Where(v => v.Count > 0)],
                _ => _available > 0 ? [("true", _available)] : [],
            };
            var list = values.Select(v => new FacetValue(v.Value, v.Count, chosen.Contains(v.Value, StringComparer.Ordinal))).ToList();
            foreach (var value in chosen.Where(c => !list.Exists(v => v.Value == c)))
            {
                list.Add(new FacetValue(value, 0, true));
            }

            results.Add(new FacetResult(dimension.Key, list));
        }

        return results;
    }

    public void Dispose()
    {
        foreach (var counts in _keywordCounts)
        {
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    private List<(string Value, int Count)> TopValues(int dimension, int limit)
    {
        var counts = _keywordCounts[dimension];
        var size = _facets.ValueCounts[dimension];
        // A small min-heap of the best ordinals: one pass over the counts, no sort of all values.
        var best = new PriorityQueue<int, (int Count, int NegatedOrdinal)>(limit + 1);
        for (var ordinal = 0; ordinal < size; ordinal++)
        {
            var count = counts[ordinal];
            if (count == 0)
            {
                continue;
            }

            if (best.Count < limit)
            {
                best.Enqueue(ordinal, (count, -ordinal));
            }
            else if (best.TryPeek(out _, out var lowest) && (count > lowest.Count || (count == lowest.Count && -ordinal > lowest.NegatedOrdinal)))
            {
                best.DequeueEnqueue(ordinal, (count, -ordinal));
            }
        }

        var top = new List<(string, int)>(best.Count);
        while (best.TryDequeue(out var ordinal, out var key))
        {
            top.Add((_facets.ValueOf(dimension, ordinal), key.Count));
        }

        top.Reverse();
        return top;
    }
}
