namespace ThuVien.Catalog.Import;

/// <summary>What happened to one incoming record.</summary>
internal enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Rejected,
}
