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

        YearRange = new byte[maxDoc];
        Available = new byte[maxDoc];
        var years = reader.GetNumericDocValues(SearchFields.Year);
        var hasYear = reader.GetDocsWithField(SearchFields.Year);
        var available = reader.GetNumericDocValues(FacetDimension.Available.Key);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var range = years is not null && hasYear is not null && hasYear.Get(doc) ? YearRanges.IndexOf((int)years.Get(doc)) : -1;
            YearRange[doc] = (byte)(range + 1);
            Available[doc] = available is not null && available.Get(doc) != 0 ? (byte)1 : (byte)0;
        }
    }

    /// <summary>The segment; doc values are fetched from it per use, since their instances are per thread.</summary>
    public AtomicReader Reader { get; }

    /// <summary>Per keyword dimension (in <see cref="FacetDimension.Keywords"/> order), each document's segment ordinals.</summary>
    public KeywordOrdinals[] Keywords { get; }

    /// <summary>Each document's year range: 0 for none, else 1 + its index in <see cref="YearRanges.All"/>.</summary>
    public byte[] YearRange { get; }

    /// <summary>1 where a copy of the document is on the shelf, else 0 (a byte, so counting is a sum).</summary>
    public byte[] Available { get; }

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));
}
