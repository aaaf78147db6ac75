using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ThuVien.Search.Facets;

/// <summary>
/// A searcher's view of the facet values across its segments: per keyword dimension, a table from each
/// segment's ordinals to ordinals shared by the whole reader, so counts add up in one array per query.
/// Built once per reader (each refresh of the index), not per query.
/// </summary>
internal sealed class ReaderFacets
{
    private static readonly ConditionalWeakTable<IndexReader, ReaderFacets> Cache = [];

    private readonly MultiDocValues.OrdinalMap?[] _maps;

    private ReaderFacets(IndexReader reader)
    {
        var leaves = reader.Leaves;
        Segments = new SegmentFacets[leaves.Count];
        for (var s = 0; s < leaves.Count; s++)
        {
            Segments[s] = SegmentFacets.For(leaves[s].AtomicReader);
        }

        var dimensions = FacetDimension.Keywords.Count;
        _maps = new MultiDocValues.OrdinalMap?[dimensions];
        ToShared = new int[dimensions][][];
        ValueCounts = new int[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            ToShared[d] = new int[leaves.Count][];
            var enums = new TermsEnum[leaves.Count];
            for (var s = 0; s < leaves.Count; s++)
            {
                enums[s] = leaves[s].AtomicReader.GetSortedSetDocValues(SearchFields.Facet(FacetDimension.Keywords[d]))?.GetTermsEnum() ?? TermsEnum.EMPTY;
            }

            var map = new MultiDocValues.OrdinalMap(reader.CoreCacheKey, enums);
            _maps[d] = map;
            ValueCounts[d] = (int)map.ValueCount;
            for (var s = 0; s < leaves.Count; s++)
            {
                var count = Segments[s].Rows.ValueCounts[d];
                var table = new int[count];
                for (var ordinal = 0; ordinal < count; ordinal++)
                {
                    table[ordinal] = (int)map.GetGlobalOrd(s, ordinal);
                }

                ToShared[d][s] = table;
            }
        }
    }

    public SegmentFacets[] Segments { get; }

    /// <summary>[dimension][segment][segment ordinal] → shared ordinal.</summary>
    public int[][][] ToShared { get; }

    /// <summary>Number of distinct values per keyword dimension.</summary>
    public int[] ValueCounts { get; }

    public static ReaderFacets For(IndexReader reader) => Cache.GetValue(reader, r => new ReaderFacets(r));

    /// <summary>The value a shared ordinal stands for.</summary>
    public string ValueOf(int dimension, int sharedOrdinal)
    {
        var map = _maps[dimension]!;
        var segment = map.GetFirstSegmentNumber(sharedOrdinal);
        var ordinal = map.GetFirstSegmentOrd(sharedOrdinal);
        var bytes = new BytesRef();
        Segments[segment].Reader.GetSortedSetDocValues(SearchFields.Facet(FacetDimension.Keywords[dimension])).LookupOrd(ordinal, bytes);
        return bytes.Utf8ToString();
    }
}
