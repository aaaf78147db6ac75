using Lucene.Net.Index;

namespace ThuVien.Search.Facets;

/// <summary>
/// A segment's ordinals of one keyword dimension, laid out for counting without branches: column c holds
/// each document's (c+1)th ordinal, and the few documents with more values than there are columns keep
/// the rest in an overflow list. Counting is then an array read and an increment per column and
/// document, with no per-document loop whose length the processor must guess. Ordinals are stored plus
/// <see cref="Gaps"/>: a document without a value counts into one of that many spare slots, chosen by
/// its number, so that a run of such documents does not wait on increments of one and the same slot.
/// </summary>
internal sealed class KeywordOrdinals
{
    /// <summary>Spare count slots in front of the values' ones.</summary>
    public const int Gaps = 16;

    private const int MaxColumns = 4;

    /// <summary>Columns are added until at most one document in this many has values left over.</summary>
    private const int OverflowShare = 32;

    private readonly int[][] _columns;
    private readonly int[]? _overflowStarts;
    private readonly int[] _overflow;

    private KeywordOrdinals(int[][] columns, int[]? overflowStarts, int[] overflow, int valueCount)
    {
        _columns = columns;
        _overflowStarts = overflowStarts;
        _overflow = overflow;
        ValueCount = valueCount;
    }

    /// <summary>Distinct values in the segment; counts need <see cref="Gaps"/> slots more.</summary>
    public int ValueCount { get; }

    /// <summary>Adds one to <c>counts[Gaps + ordinal]</c> for each value of each document (slots below: no value).</summary>
    public void Count(ReadOnlySpan<int> docs, Span<int> counts)
    {
        foreach (var column in _columns)
        {
            foreach (var doc in docs)
            {
                counts[column[doc]]++;
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

    public static KeywordOrdinals Read(SortedSetDocValues? values, int maxDoc)
    {
        if (values is null)
        {
            return new KeywordOrdinals([Column(maxDoc, [], new int[maxDoc + 1], 0)], null, [], 0);
        }

        // First every document's ordinals in one list, then the layout that list calls for.
        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc);
        var documentsWithMore = new int[MaxColumns + 1];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ordinal + Gaps);
            }

            var count = ordinals.Count - starts[doc];
            for (var c = 0; c < Math.Min(count, documentsWithMore.Length); c++)
            {
                documentsWithMore[c]++;
            }
        }

        starts[maxDoc] = ordinals.Count;
        var columnCount = 1;
        while (columnCount < MaxColumns && documentsWithMore[columnCount] > maxDoc / OverflowShare)
        {
            columnCount++;
        }

        var columns = new int[columnCount][];
        for (var c = 0; c < columnCount; c++)
        {
            columns[c] = Column(maxDoc, ordinals, starts, c);
        }

        if (documentsWithMore[columnCount] == 0)
        {
            return new KeywordOrdinals(columns, null, [], (int)values.ValueCount);
        }

        var overflowStarts = new int[maxDoc + 1];
        var overflow = new List<int>();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            overflowStarts[doc] = overflow.Count;
            for (var i = starts[doc] + columnCount; i < starts[doc + 1]; i++)
            {
                overflow.Add(ordinals[i]);
            }
        }

        overflowStarts[maxDoc] = overflow.Count;
        return new KeywordOrdinals(columns, overflowStarts, [.. overflow], (int)values.ValueCount);
    }

    private static int[] Column(int maxDoc, List<int> ordinals, int[] starts, int c)
    {
        var column = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            column[doc] = starts[doc] + c < starts[doc + 1] ? ordinals[starts[doc] + c] : doc % Gaps;
        }

        return column;
    }
}
