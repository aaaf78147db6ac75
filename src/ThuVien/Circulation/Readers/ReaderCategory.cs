namespace ThuVien.Circulation.Readers;

/// <summary>A kind of reader the library distinguishes in its loan rules (adult, child, student, staff, …).</summary>
internal sealed class ReaderCategory
{
    /// <summary>Short code used in rules, imports and the API ("adult").</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>Display name ("Người lớn").</summary>
    public string Name { get; set; } = string.Empty;
}
