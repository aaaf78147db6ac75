using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ThuVien.Search.Facets;

/// <summary>
/// Counts the facet values of every matching document, beside the collector that ranks them. Matching
/// documents are gathered in a small buffer and counted from the segment's <see cref="FacetRows"/> in the
/// segment's own ordinals; a segment's counts join the reader-wide ones when the segment is done, a pass
/// over its values rather than its documents.
/// </summary>
internal sealed class FacetCollector : ICollector, IDisposable
{
    private const int BufferSize = 1024;

    private readonly ReaderFacets _facets;
    private readonly int[][] _counts;
    private readonly int[] _segmentCounts;
    private readonly int[] _yearCounts = new int[YearRanges.All.Length];
    private readonly int[] _buffer = ArrayPool<int>.Shared.Rent(BufferSize);
    private int _buffered;
    private int _available;
    private int _segmentOrdinal = -1;
    private FacetRows? _rows;

    public FacetCollector(ReaderFacets facets)
    {
        _facets = facets;
        _counts = new int[facets.ValueCounts.Length][];
        for (var d = 0; d < _counts.Length; d++)
        {
            _counts[d] = ArrayPool<int>.Shared.Rent(Math.Max(1, facets.ValueCounts[d]));
            Array.Clear(_counts[d], 0, facets.ValueCounts[d]);
        }

        _segmentCounts = ArrayPool<int>.Shared.Rent(facets.Segments.Select(s => s.Rows.Slots).DefaultIfEmpty(1).Max());
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FinishSegment();
        _segmentOrdinal = context.Ord;
        _rows = _facets.Segments[context.Ord].Rows;
        Array.Clear(_segmentCounts, 0, _rows.Slots);
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
        foreach (var counts in _counts)
        {
            ArrayPool<int>.Shared.Return(counts);
        }

        ArrayPool<int>.Shared.Return(_segmentCounts);
        ArrayPool<int>.Shared.Return(_buffer);
    }

    private void Flush()
    {
        if (_buffered > 0 && _rows is not null)
        {
            _rows.Count(_buffer.AsSpan(0, _buffered), _segmentCounts);
        }

        _buffered = 0;
    }

    private void FinishSegment()
    {
        if (_rows is not { } rows)
        {
            return;
        }

        Flush();
        var segmentCounts = _segmentCounts;
        for (var d = 0; d < _counts.Length; d++)
        {
            var counts = _counts[d];
            var toShared = _facets.ToShared[d][_segmentOrdinal];
            var first = rows.Offsets[d] + FacetRows.Gaps;
            for (var ordinal = 0; ordinal < rows.ValueCounts[d]; ordinal++)
            {
                var count = segmentCounts[first + ordinal];
                if (count != 0)
                {
                    counts[toShared[ordinal]] += count;
                }
            }
        }

        for (var i = 0; i < _yearCounts.Length; i++)
        {
            _yearCounts[i] += segmentCounts[rows.YearOffset + 1 + i];
        }

        _available += segmentCounts[rows.AvailableOffset + 1];
        _rows = null;
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
