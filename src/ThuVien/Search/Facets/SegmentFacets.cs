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
        Rows = FacetRows.Read(reader);
    }

    /// <summary>The segment; doc values are fetched from it per use, since their instances are per thread.</summary>
    public AtomicReader Reader { get; }

    public FacetRows Rows { get; }

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));
}
