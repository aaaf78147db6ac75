using ThuVien.Search;

namespace ThuVien.Web.Search;

/// <summary>The JSON of a search: total, this page's hits, facets by name, "did you mean" and notices about the query.</summary>
internal sealed record SearchView(
    int Total,
    int Page,
    int Size,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<string> Notices)
{
    public static SearchView From(SearchResult result) => new(
        result.Total,
        result.Page,
        result.Size,
        result.Hits,
        result.Facets.ToDictionary(f => f.Name, f => f.Values),
        result.Suggestions,
        [.. result.Notices.Select(n => n.ToString())]);
}
