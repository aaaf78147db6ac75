namespace ThuVien.Search.Querying;

/// <summary>One page of a browse list in Vietnamese alphabetical order; <see cref="Total"/> counts the headings that matched.</summary>
internal sealed record BrowsePage(int Total, int Page, int Size, IReadOnlyList<BrowseHeading> Headings);
