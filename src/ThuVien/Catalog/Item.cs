namespace ThuVien.Catalog;

/// <summary>A physical copy of a record: what circulation lends and the OPAC shows per location.</summary>
internal sealed class Item
{
    public long Id { get; set; }

    public long RecordId { get; set; }

    /// <summary>Unique within the node's library.</summary>
    public string Barcode { get; set; } = string.Empty;

    public string? CallNumber { get; set; }

    /// <summary>Library (branch) holding the copy: Koha 952 $b, MARC 852 $a/$b.</summary>
    public string? Library { get; set; }

    /// <summary>Shelving location: Koha 952 $c, MARC 852 $c.</summary>
    public string? Location { get; set; }

    public string? ItemType { get; set; }

    public ItemStatus Status { get; set; } = ItemStatus.Available;

    public decimal? Price { get; set; }

    public DateOnly? AcquiredOn { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }
}

/// <summary>Where a copy is in its life; circulation adds loans on top of this.</summary>
internal enum ItemStatus
{
    Available = 0,
    NotForLoan = 1,
    InProcessing = 2,
    Lost = 3,
    Damaged = 4,
    Withdrawn = 5,

    /// <summary>Lent to a reader (Circulation keeps the loan).</summary>
    OnLoan = 6,

    /// <summary>Back from a loan and waiting on the hold shelf for the reader first in the title's queue.</summary>
    OnHoldShelf = 7,
}
