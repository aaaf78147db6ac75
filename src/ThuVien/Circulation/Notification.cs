namespace ThuVien.Circulation;

/// <summary>
/// Something to tell a reader ("your hold is ready"). Recorded in the same transaction as what caused it; sending by
/// e-mail or SMS is a later job that reads the unsent rows.
/// </summary>
internal sealed class Notification
{
    public long Id { get; set; }

    public long ReaderId { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>The message's resource key, e.g. "circulation.notice.hold-ready".</summary>
    public string TextKey { get; set; } = string.Empty;

    /// <summary>The record the notice is about, when there is one.</summary>
    public long? RecordId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }
}

/// <summary>What a <see cref="Notification"/> announces.</summary>
internal enum NotificationKind
{
    HoldReady = 1,
    HoldExpired = 2,
    Overdue = 3,
}
