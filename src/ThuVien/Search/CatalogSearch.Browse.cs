using ThuVien.Search.Querying;

namespace ThuVien.Search;

/// <summary>Browsing: the subjects or authors of the whole catalogue, in Vietnamese alphabetical order.</summary>
internal sealed partial class CatalogSearch
{
    public const int MaxBrowseSize = 200;

    /// <summary>
    /// Page <paramref name="page"/> of the values of a keyword facet (subject, author…) with their record
    /// counts, in Vietnamese alphabetical order; <paramref name="from"/>, when given, keeps the headings that
    /// start with it, diacritics optional ("nguyen" finds "Nguyễn"). Other facets have no headings.
    /// </summary>
    public async Task<BrowsePage> BrowseAsync(FacetDimension dimension, string? from, int page, int size, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        await _workers.WaitAsync(cancellationToken);
        try
        {
            using var lease = index.Acquire();
            return HeadingList.For(lease.Searcher.IndexReader, dimension).Page(from, Math.Max(1, page), Math.Clamp(size, 1, MaxBrowseSize));
        }
        finally
        {
            _workers.Release();
        }
    }
}
