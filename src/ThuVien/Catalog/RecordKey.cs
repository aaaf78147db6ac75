namespace ThuVien.Catalog;

/// <summary>One way to recognise a record again on import: its control number, an ISBN, an ISSN or its fingerprint.</summary>
internal sealed class RecordKey
{
    public long Id { get; set; }

    public long RecordId { get; set; }

    public RecordKeyKind Kind { get; set; }

    public string Value { get; set; } = string.Empty;
}

/// <summary>The kinds of <see cref="RecordKey"/>.</summary>
internal enum RecordKeyKind
{
    /// <summary>"003|001", or "|001" when 003 is absent.</summary>
    ControlNumber = 1,

    /// <summary>ISBN-13 without hyphens.</summary>
    Isbn = 2,

    /// <summary>ISSN as NNNN-NNNN.</summary>
    Issn = 3,

    /// <summary>SHA-256 of the normalised content.</summary>
    Fingerprint = 4,
}
