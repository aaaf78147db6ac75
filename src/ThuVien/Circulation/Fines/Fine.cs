namespace ThuVien.Circulation.Fines;

/// <summary>
/// Money a reader owes: an overdue fine (kept current by the daily run while the loan is open, final on return), a
/// lost item's price and processing fee, or damage. What is owed is the amount less payments and waivers.
/// </summary>
internal sealed class Fine
{
    public long Id { get; set; }

    /// <summary>Null only after the reader was erased with the fine settled.</summary>
    public long? ReaderId { get; set; }

    public long? LoanId { get; set; }

    public long? ItemId { get; set; }

    public FineKind Kind { get; set; }

    public decimal Amount { get; set; }

    public decimal Paid { get; set; }

    public decimal Waived { get; set; }

    public string? WaiverReason { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Day the daily run last brought an open loan's fine up to date.</summary>
    public DateOnly? AccruedOn { get; set; }

    public int Version { get; set; }

    public decimal Outstanding => Amount - Paid - Waived;
}

/// <summary>What a <see cref="Fine"/> is for.</summary>
internal enum FineKind
{
    Overdue = 1,
    Lost = 2,
    Processing = 3,
    Damaged = 4,
}
