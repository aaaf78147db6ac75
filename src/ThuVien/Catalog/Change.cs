namespace ThuVien.Catalog;

/// <summary>
/// One row of the change log, written in the same transaction as the change. Search indexing and
/// OAI-PMH read the log in <see cref="Sequence"/> order, the only order other parts rely on.
/// </summary>
internal sealed class Change
{
    public long Sequence { get; set; }

    public long RecordId { get; set; }

    /// <summary>Set when the change is to one of the record's items.</summary>
    public long? ItemId { get; set; }

    public ChangeOperation Operation { get; set; }

    public DateTime At { get; set; }
}

/// <summary>What a <see cref="Change"/> did.</summary>
internal enum ChangeOperation
{
    Create = 1,
    Update = 2,
    Delete = 3,
}
