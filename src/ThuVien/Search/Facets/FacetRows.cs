using Lucene.Net.Index;

namespace ThuVien.Search.Facets;

/// <summary>
/// A segment's facet values laid out for counting: one row of count slots per document, side by side in
/// one array, so a matching document costs one or two cache lines however many facets there are, and
/// counting is an increment per slot with no branch to guess. Each keyword dimension owns a range of
/// slots (<see cref="Gaps"/> spare ones, then one per value); a document's row holds its first values of
/// each dimension, then its year range and availability. The few documents with more values than the
/// row has room for keep the rest in an overflow list.
/// </summary>
internal sealed class FacetRows
{
    /// <summary>
    /// Spare slots in front of each keyword dimension's values: a document without a value counts into one
    /// of them, chosen by its number, so a run of such documents does not wait on one counter.
    /// </summary>
    public const int Gaps = 16;

    private const int MaxColumns = 4;

    /// <summary>A dimension gets another column while more than one document in this many would overflow.</summary>
    private const int OverflowShare = 32;

    private readonly int[] _rows;
    private readonly int[]? _overflowStarts;
    private readonly int[] _overflow;

    private FacetRows(int[] rows, int stride, int[]? overflowStarts, int[] overflow, int[] offsets, int[] valueCounts, int yearOffset, int availableOffset, int slots)
    {
        _rows = rows;
        Stride = stride;
        _overflowStarts = overflowStarts;
        _overflow = overflow;
        Offsets = offsets;
        ValueCounts = valueCounts;
        YearOffset = yearOffset;
        AvailableOffset = availableOffset;
        Slots = slots;
    }

    /// <summary>Slots per document.</summary>
    public int Stride { get; }

    /// <summary>Count slots in all: the length a counting array needs.</summary>
    public int Slots { get; }

    /// <summary>Per keyword dimension, its first slot; value v of the segment counts at Offsets[d] + Gaps + v.</summary>
    public int[] Offsets { get; }

    /// <summary>Per keyword dimension, the distinct values in the segment.</summary>
    public int[] ValueCounts { get; }

    /// <summary>Year range i (of <see cref="YearRanges.All"/>) counts at YearOffset + 1 + i; no year at YearOffset.</summary>
    public int YearOffset { get; }

    /// <summary>Documents with a copy on the shelf count at AvailableOffset + 1.</summary>
    public int AvailableOffset { get; }

    /// <summary>Adds one to the slot of each value of each document.</summary>
    public void Count(ReadOnlySpan<int> docs, Span<int> counts)
    {
        var rows = _rows;
        var stride = Stride;
        foreach (var doc in docs)
        {
            foreach (var slot in rows.AsSpan(doc * stride, stride))
            {
                counts[slot]++;
            }
        }

        if (_overflowStarts is not { } starts)
        {
            return;
        }

        var overflow = _overflow;
        foreach (var doc in docs)
        {
            var end = starts[doc + 1];
            for (var i = starts[doc]; i < end; i++)
            {
                counts[overflow[i]]++;
            }
        }
    }

    public static FacetRows Read(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var dimensions = FacetDimension.Keywords.Count;
        var values = new DocumentValues[dimensions];
        var offsets = new int[dimensions];
        var valueCounts = new int[dimensions];
        var slots = 0;
        var stride = 0;
        for (var d = 0; d < dimensions; d++)
        {
            values[d] = DocumentValues.Read(reader.GetSortedSetDocValues(SearchFields.Facet(FacetDimension.Keywords[d])), maxDoc);
            offsets[d] = slots;
            valueCounts[d] = values[d].ValueCount;
            slots += Gaps + values[d].ValueCount;
            stride += values[d].Columns;
        }

        var yearOffset = slots;
        slots += YearRanges.All.Length + 1;
        var availableOffset = slots;
        slots += 2;
        stride += 2;

        var years = reader.GetNumericDocValues(SearchFields.Year);
        var hasYear = reader.GetDocsWithField(SearchFields.Year);
        var available = reader.GetNumericDocValues(FacetDimension.Available.Key);
        var rows = new int[checked(maxDoc * stride)];
        var overflowStarts = values.Any(v => v.Overflows) ? new int[maxDoc + 1] : null;
        var overflow = new List<int>();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var row = rows.AsSpan(doc * stride, stride);
            var column = 0;
            if (overflowStarts is not null)
            {
                overflowStarts[doc] = overflow.Count;
            }

            for (var d = 0; d < dimensions; d++)
            {
                var of = values[d].Of(doc);
                for (var c = 0; c < values[d].Columns; c++)
                {
                    row[column++] = offsets[d] + (c < of.Length ? Gaps + of[c] : doc % Gaps);
                }

                for (var i = values[d].Columns; i < of.Length; i++)
                {
                    overflow.Add(offsets[d] + Gaps + of[i]);
                }
            }

            var range = years is not null && hasYear is not null && hasYear.Get(doc) ? YearRanges.IndexOf((int)years.Get(doc)) : -1;
            row[column++] = yearOffset + range + 1;
            row[column] = availableOffset + (available is not null && available.Get(doc) != 0 ? 1 : 0);
        }

        if (overflowStarts is not null)
        {
            overflowStarts[maxDoc] = overflow.Count;
        }

        return new FacetRows(rows, stride, overflowStarts, [.. overflow], offsets, valueCounts, yearOffset, availableOffset, slots);
    }

    /// <summary>One dimension's ordinals of every document, read once while the rows are built.</summary>
    private sealed class DocumentValues(int[] starts, int[] ordinals, int valueCount, int columns, bool overflows)
    {
        public int ValueCount { get; } = valueCount;

        /// <summary>How many of a document's values its row holds.</summary>
        public int Columns { get; } = columns;

        public bool Overflows { get; } = overflows;

        public ReadOnlySpan<int> Of(int doc) => ordinals.AsSpan(starts[doc], starts[doc + 1] - starts[doc]);

        public static DocumentValues Read(SortedSetDocValues? values, int maxDoc)
        {
            var starts = new int[maxDoc + 1];
            if (values is null)
            {
                return new DocumentValues(starts, [], 0, 1, false);
            }

            var ordinals = new List<int>(maxDoc);
            var documentsWithMore = new int[MaxColumns + 1];
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = ordinals.Count;
                values.SetDocument(doc);
                long ordinal;
                while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ordinals.Add((int)ordinal);
                }

                for (var c = 0; c < Math.Min(ordinals.Count - starts[doc], documentsWithMore.Length); c++)
                {
                    documentsWithMore[c]++;
                }
            }

            starts[maxDoc] = ordinals.Count;
            var columns = 1;
            while (columns < MaxColumns && documentsWithMore[columns] > maxDoc / OverflowShare)
            {
                columns++;
            }

            return new DocumentValues(starts, [.. ordinals], (int)values.ValueCount, columns, documentsWithMore[columns] > 0);
        }
    }
}
