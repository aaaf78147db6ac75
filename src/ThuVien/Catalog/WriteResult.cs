namespace ThuVien.Catalog;

/// <summary>How a catalogue write ended; refusals are values with a reason, not exceptions.</summary>
internal enum WriteStatus
{
    Done,
    NotFound,
    Gone,
    Conflict,
    VersionMismatch,
    Invalid,
}

/// <summary>The result of a catalogue write: a value when done, otherwise a status and a reason.</summary>
internal sealed record WriteResult<T>(WriteStatus Status, T? Value, string? Reason)
{
    public static WriteResult<T> Done(T value) => new(WriteStatus.Done, value, null);

    public static WriteResult<T> Refused(WriteStatus status, string reason) => new(status, default, reason);
}
