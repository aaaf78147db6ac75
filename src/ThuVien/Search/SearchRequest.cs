namespace ThuVien.Search;

/// <summary>
/// A search as the OPAC and the API ask for it: the search-box text, facet filters (facet key → the
/// values chosen; values of one facet are alternatives, facets combine), sort and page.
/// </summary>
internal sealed record SearchRequest(
    string? Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Filters = null,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int Size = 20,
    bool WithFacets = true)
{
    public const int MaxSize = 100;

    /// <summary>Deep paging costs memory per request: results beyond this are not served.</summary>
    public const int MaxWindow = 10_000;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> FiltersOrEmpty => Filters ?? EmptyFilters;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> EmptyFilters = new Dictionary<string, IReadOnlyList<string>>();
}
