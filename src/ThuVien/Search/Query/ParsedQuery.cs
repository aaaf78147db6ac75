namespace ThuVien.Search.Query;

/// <summary>The tree of a search box query and what the parser had to change to build it (empty when nothing).</summary>
internal sealed record ParsedQuery(QueryNode Root, IReadOnlyList<QueryNotice> Notices);
