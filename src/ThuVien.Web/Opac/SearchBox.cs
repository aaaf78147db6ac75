namespace ThuVien.Web.Opac;

/// <summary>A search form: the header's (small) or a page's own (large, with a hint); its input offers completions when script runs.</summary>
internal sealed record SearchBox(string Id, string? Value, bool Large);
