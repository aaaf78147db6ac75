namespace ThuVien.Search;

/// <summary>A facet of a result set: its key ("language", "subject", …) and its values with counts.</summary>
internal sealed record FacetResult(string Name, IReadOnlyList<FacetValue> Values);

/// <summary>A facet value: how many results have it, and whether the search is filtered on it.</summary>
internal sealed record FacetValue(string Value, int Count, bool Selected);
