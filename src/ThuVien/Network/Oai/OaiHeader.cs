namespace ThuVien.Network.Oai;

/// <summary>
/// What a header says of a record (§2.5): its datestamp is the time of its latest row in the change log,
/// never a date inside the record, and a deleted record keeps its header with status deleted.
/// </summary>
internal sealed record OaiHeader(long RecordId, long Sequence, DateTime Datestamp, bool Deleted, IReadOnlyList<string> SetSpecs);
