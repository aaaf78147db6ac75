using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace ThuVien.Search.Facets;

/// <summary>
/// One segment's facet values held in plain arrays, read once from doc values when the segment is first
/// searched. Counting then costs an array read per value of a matching document, several times cheaper
/// than walking doc values per query, which is what keeps faceted search fast at a million records.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];

    private SegmentFacets(AtomicReader reader)
    {
        Reader = reader;
        var maxDoc = reader.MaxDoc;
        Keywords = new KeywordOrdinals[FacetDimension.Keywords.Count];
        for (var d = 0; d < Keywords.Length; d++)
        {
            Keywords[d] = KeywordOrdinals.Read(reader.GetSortedSetDocValues(SearchFields.Facet(FacetDimension.Keywords[d])), maxDoc);
        }

        Years = new int[maxDoc];
        var years = reader.GetNumericDocValues(SearchFields.Year);
        var hasYear = reader.GetDocsWithField(SearchFields.Year);
        var available = reader.GetNumericDocValues(FacetDimension.Available.Key);
        Available = new bool[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            Years[doc] = years is not null && hasYear is not null && hasYear.Get(doc) ? (int)years.Get(doc) : int.MinValue;
            Available[doc] = available is not null && available.Get(doc) != 0;
        }
    }

    /// <summary>The segment; doc values are fetched from it per use, since their instances are per thread.</summary>
    public AtomicReader Reader { get; }

    /// <summary>Per keyword dimension (in <see cref="FacetDimension.Keywords"/> order), each document's segment ordinals.</summary>
    public KeywordOrdinals[] Keywords { get; }

    /// <summary>Each document's year, or <see cref="int.MinValue"/>.</summary>
    public int[] Years { get; }

    public bool[] Available { get; }

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));
}

/// <summary>A segment's ordinals of one multi-valued dimension, in compressed-row layout.</summary>
internal sealed class KeywordOrdinals
{
    private KeywordOrdinals(int[] starts, int[] ordinals, long valueCount)
    {
        Starts = starts;
        Ordinals = ordinals;
        ValueCount = valueCount;
    }

    /// <summary>Document d's ordinals are <c>Ordinals[Starts[d] .. Starts[d + 1]]</c>.</summary>
    public int[] Starts { get; }

    public int[] Ordinals { get; }

    /// <summary>Distinct values in the segment.</summary>
    public long ValueCount { get; }

    public static KeywordOrdinals Read(SortedSetDocValues? values, int maxDoc)
    {
        var starts = new int[maxDoc + 1];
        if (values is null)
        {
            return new KeywordOrdinals(starts, [], 0);
        }

        var ordinals = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ordinal);
            }
        }

        starts[maxDoc] = ordinals.Count;
        return new KeywordOrdinals(starts, [.. ordinals], values.ValueCount);
    }
}
