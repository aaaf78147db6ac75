using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ThuVien.Search.Facets;

/// <summary>
/// Counts the facet values of every matching document, beside the collector that ranks them. Matching
/// documents are gathered in a small buffer and counted a dimension at a time, in each segment's own
/// ordinals; a segment's counts join the reader-wide ones when the segment is done. Both keep the inner
/// loops to an array read and an increment per value, several times faster than counting per document.
/// </summary>
internal sealed class FacetCollector : ICollector, IDisposable
{
    private const int BufferSize = 1024;

    private readonly ReaderFacets _facets;
    private readonly int _onlyDimension;
    private readonly int[][] _counts;
    private readonly int[][] _segmentCounts;
    private readonly int[] _yearCounts = new int[YearRanges.All.Length + 1];
    private readonly int[] _buffer = ArrayPool<int>.Shared.Rent(BufferSize);
    private int _buffered;
    private int _available;
    private int _segmentOrdinal = -1;
    private SegmentFacets? _segment;

    /// <param name="facets">The reader's facet arrays.</param>
    /// <param name="onlyDimension">A keyword dimension to count alone (the browse lists), or -1 for all.</param>
    public FacetCollector(ReaderFacets facets, int onlyDimension = -1)
    {
        _facets = facets;
        _onlyDimension = onlyDimension;
        var dimensions = facets.ValueCounts.Length;
        _counts = new int[dimensions][];
        _segmentCounts = new int[dimensions][];
        var largestSegment = new int[dimensions];
        foreach (var segment in facets.Segments)
        {
            for (var d = 0; d < dimensions; d++)
            {
                largestSegment[d] = Math.Max(largestSegment[d], segment.Keywords[d].ValueCount);
            }
        }

        for (var d = 0; d < dimensions; d++)
        {
            _counts[d] = Rent(Counted(d) ? facets.ValueCounts[d] : 0);
            _segmentCounts[d] = ArrayPool<int>.Shared.Rent(largestSegment[d] + KeywordOrdinals.Gaps);
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FinishSegment();
        _segmentOrdinal = context.Ord;
        _segment = _facets.Segments[context.Ord];
        for (var d = 0; d < _segmentCounts.Length; d++)
        {
            if (Counted(d))
            {
                Array.Clear(_segmentCounts[d], 0, _segment.Keywords[d].ValueCount + KeywordOrdinals.Gaps);
            }
        }
    }

    public void Collect(int doc)
    {
        _buffer[_buffered++] = doc;
        if (_buffered == BufferSize)
        {
            Flush();
        }
    }

    /// <summary>How many matching documents carry each value of a keyword dimension, by shared ordinal.</summary>
    public ReadOnlySpan<int> CountsOf(int dimension)
    {
        FinishSegment();
        return _counts[dimension].AsSpan(0, _facets.ValueCounts[dimension]);
    }

    /// <summary>The counted facets, each with its most frequent values first (year ranges newest first).</summary>
    public IReadOnlyList<FacetResult> Results(IReadOnlyDictionary<string, IReadOnlyList<string>> selected)
    {
        FinishSegment();
        var results = new List<FacetResult>(FacetDimension.All.Count);
        foreach (var dimension in FacetDimension.All)
        {
            selected.TryGetValue(dimension.Key, out var chosen);
            chosen ??= [];
            var values = dimension.Kind switch
            {
                FacetKind.Keyword => TopValues(FacetDimension.KeywordIndexOf(dimension), dimension.Limit),
                FacetKind.YearRange => [.. YearRanges.All.Select((range, i) => (Value: YearRanges.Label(range), Count: _yearCounts[i + 1])).Where(v => v.Count > 0)],
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
        foreach (var counts in _counts)
        {
            ArrayPool<int>.Shared.Return(counts);
        }

        foreach (var counts in _segmentCounts)
        {
            ArrayPool<int>.Shared.Return(counts);
        }

        ArrayPool<int>.Shared.Return(_buffer);
    }

    private static int[] Rent(int length)
    {
        var array = ArrayPool<int>.Shared.Rent(Math.Max(1, length));
        Array.Clear(array, 0, length);
        return array;
    }

    private bool Counted(int dimension) => _onlyDimension < 0 || _onlyDimension == dimension;

    private void Flush()
    {
        if (_buffered == 0 || _segment is null)
        {
            return;
        }

        var docs = _buffer.AsSpan(0, _buffered);
        _buffered = 0;
        var keywords = _segment.Keywords;
        for (var d = 0; d < keywords.Length; d++)
        {
            if (Counted(d))
            {
                keywords[d].Count(docs, _segmentCounts[d]);
            }
        }

        if (_onlyDimension >= 0)
        {
            return;
        }

        var years = _segment.YearRange;
        var yearCounts = _yearCounts;
        var available = _segment.Available;
        var availableCount = 0;
        foreach (var doc in docs)
        {
            yearCounts[years[doc]]++;
            availableCount += available[doc];
        }

        _available += availableCount;
    }

    /// <summary>Adds the segment's counts to the shared ones: a pass over the segment's values, not its documents.</summary>
    private void FinishSegment()
    {
        if (_segment is null)
        {
            return;
        }

        Flush();
        for (var d = 0; d < _counts.Length; d++)
        {
            if (!Counted(d))
            {
                continue;
            }

            var segmentCounts = _segmentCounts[d];
            var counts = _counts[d];
            var toShared = _facets.ToShared[d][_segmentOrdinal];
            for (var ordinal = 0; ordinal < toShared.Length; ordinal++)
            {
                var count = segmentCounts[ordinal + KeywordOrdinals.Gaps];
                if (count != 0)
                {
                    counts[toShared[ordinal]] += count;
                }
            }
        }

        _segment = null;
    }

    private List<(string Value, int Count)> TopValues(int dimension, int limit)
    {
        var counts = _counts[dimension];
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
