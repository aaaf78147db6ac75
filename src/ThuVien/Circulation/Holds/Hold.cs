namespace ThuVien.Circulation.Holds;

/// <summary>
/// A reader's request for a title (the record, not a copy). Waiting holds form a first-come queue per record; when a
/// copy comes back it goes to the hold shelf for the first of them, who has until <see cref="PickupBy"/> to collect it.
/// </summary>
internal sealed class Hold
{
    public long Id { get; set; }

    public long RecordId { get; set; }

    public long ReaderId { get; set; }

    public string PickupLibrary { get; set; } = string.Empty;

    public DateTime PlacedAt { get; set; }

    public HoldStatus Status { get; set; } = HoldStatus.Waiting;

    /// <summary>The copy on the hold shelf for this hold.</summary>
    public long? ItemId { get; set; }

    public DateOnly? ShelvedOn { get; set; }

    /// <summary>The last library day the copy waits on the shelf.</summary>
    public DateOnly? PickupBy { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>Who cancelled, when cancelled.</summary>
    public HoldCanceller? CancelledBy { get; set; }

    public int Version { get; set; }

    public bool IsActive => Status is HoldStatus.Waiting or HoldStatus.OnShelf;
}

/// <summary>Where a hold is in its life.</summary>
internal enum HoldStatus
{
    Waiting = 1,
    OnShelf = 2,
    Fulfilled = 3,
    Cancelled = 4,
    Expired = 5,
}

/// <summary>Who cancelled a hold.</summary>
internal enum HoldCanceller
{
    Reader = 1,
    Staff = 2,
}
