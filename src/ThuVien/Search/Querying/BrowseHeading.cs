namespace ThuVien.Search.Querying;

/// <summary>A heading of a browse list (a subject or a name, as the records give it) and how many records carry it.</summary>
internal sealed record BrowseHeading(string Heading, int Count);
