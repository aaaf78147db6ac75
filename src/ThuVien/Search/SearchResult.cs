using ThuVien.Search.Query;

namespace ThuVien.Search;

/// <summary>One page of results with the facet counts of the whole result set.</summary>
internal sealed record SearchResult(
    int Total,
    int Page,
    int Size,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetResult> Facets,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<QueryNotice> Notices);

/// <summary>A result: the record's id and what a result list shows of it; the snippet is HTML (encoded text with &lt;mark&gt;).</summary>
internal sealed record SearchHit(
    long Id,
    string Title,
    IReadOnlyList<string> Authors,
    int? Year,
    IReadOnlyList<string> Isbns,
    string ContentType,
    string? Language,
    string? Publisher,
    int Copies,
    int AvailableCopies,
    string Snippet);
