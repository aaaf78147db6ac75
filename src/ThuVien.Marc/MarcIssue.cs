namespace ThuVien.Marc;

/// <summary>How serious a problem found while reading or validating is.</summary>
public enum MarcSeverity
{
    /// <summary>The record was read, but something was repaired or looks wrong.</summary>
    Warning,

    /// <summary>The record cannot be read (or, in validation, is not acceptable).</summary>
    Error,
}

/// <summary>
/// One problem in one record, located as precisely as the format allows:
/// record number (1-based), byte offset in the input (or line for MARCXML and MARC-in-JSON), and tag.
/// </summary>
/// <param name="Severity">Warning or error.</param>
/// <param name="RecordNumber">1-based position of the record in its input.</param>
/// <param name="Offset">Where in the input the problem is, as <see cref="OffsetKind"/> says, or -1 when unknown.</param>
/// <param name="Tag">The tag of the field concerned, or null for record-level problems.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record MarcIssue(MarcSeverity Severity, long RecordNumber, long Offset, string? Tag, string Message)
{
    /// <summary>Whether <see cref="Offset"/> is a byte offset (the default) or a line number.</summary>
    public MarcOffsetKind OffsetKind { get; init; }

    /// <inheritdoc/>
    public override string ToString()
    {
        var where = Offset < 0 ? string.Empty : OffsetKind == MarcOffsetKind.Line ? $" at line {Offset}" : $" at byte {Offset}";
        var tag = Tag is null ? string.Empty : $" field {Tag}:";
        return $"record {RecordNumber}{where}:{tag} {(Severity == MarcSeverity.Error ? "error" : "warning")}: {Message}";
    }
}
