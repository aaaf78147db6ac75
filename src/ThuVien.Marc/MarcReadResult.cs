using System.Collections.Immutable;

namespace ThuVien.Marc;

/// <summary>
/// What a reader yields for each record in its input: either a record (possibly with warnings)
/// or a rejection with the raw bytes, offset and reason. Callers count
/// read = accepted + rejected; nothing is dropped silently.
/// </summary>
public sealed class MarcReadResult
{
    private MarcReadResult(long recordNumber, long offset, MarcRecord? record, ImmutableArray<MarcIssue> issues, ReadOnlyMemory<byte> raw)
    {
        RecordNumber = recordNumber;
        Offset = offset;
        Record = record;
        Issues = issues.IsDefault ? [] : issues;
        Raw = raw;
    }

    /// <summary>1-based position of the record in the input.</summary>
    public long RecordNumber { get; }

    /// <summary>Byte offset (ISO 2709) or character line (XML, JSON) where the record starts.</summary>
    public long Offset { get; }

    /// <summary>The record, or null when rejected.</summary>
    public MarcRecord? Record { get; }

    /// <summary>Warnings (accepted records) or the errors that caused the rejection.</summary>
    public ImmutableArray<MarcIssue> Issues { get; }

    /// <summary>The record's raw bytes as found in the input (kept for reject files).</summary>
    public ReadOnlyMemory<byte> Raw { get; }

    /// <summary>True when a record was produced.</summary>
    public bool IsAccepted => Record is not null;

    /// <summary>True when the record was accepted but something was repaired or looks wrong.</summary>
    public bool HasWarnings => Record is not null && !Issues.IsEmpty;

    /// <summary>The first error's message for a rejection, or null.</summary>
    public string? RejectionReason => Record is null ? Issues.FirstOrDefault()?.Message ?? "rejected" : null;

    /// <summary>An accepted record.</summary>
    public static MarcReadResult Accepted(long recordNumber, long offset, MarcRecord record, ImmutableArray<MarcIssue> warnings, ReadOnlyMemory<byte> raw = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(recordNumber, offset, record, warnings, raw);
    }

    /// <summary>A rejected record with at least one error.</summary>
    public static MarcReadResult Rejected(long recordNumber, long offset, ImmutableArray<MarcIssue> errors, ReadOnlyMemory<byte> raw)
    {
        if (errors.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A rejection needs a reason.", nameof(errors));
        }

        return new(recordNumber, offset, null, errors, raw);
    }
}
