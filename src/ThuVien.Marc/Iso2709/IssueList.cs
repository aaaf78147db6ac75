using System.Collections.Immutable;

namespace ThuVien.Marc.Iso2709;

/// <summary>
/// Collects the issues of one record while it is parsed. Offsets are bytes from the record's start, or
/// lines (with a record offset of 0) for the MARCXML and MARC-in-JSON parsers.
/// </summary>
internal sealed class IssueList(long recordNumber, long recordOffset, MarcOffsetKind offsetKind = MarcOffsetKind.Byte)
{
    private ImmutableArray<MarcIssue>.Builder? _issues;

    public long RecordNumber { get; } = recordNumber;

    public long RecordOffset { get; } = recordOffset;

    public bool HasErrors { get; private set; }

    public bool IsEmpty => _issues is null || _issues.Count == 0;

    public void Warn(int offsetInRecord, string? tag, string message) =>
        Add(MarcSeverity.Warning, offsetInRecord, tag, message);

    public void Error(int offsetInRecord, string? tag, string message)
    {
        HasErrors = true;
        Add(MarcSeverity.Error, offsetInRecord, tag, message);
    }

    public ImmutableArray<MarcIssue> ToImmutable() => _issues?.ToImmutable() ?? [];

    private void Add(MarcSeverity severity, int offsetInRecord, string? tag, string message)
    {
        _issues ??= ImmutableArray.CreateBuilder<MarcIssue>();
        var offset = offsetInRecord < 0 ? -1 : RecordOffset + offsetInRecord;
        _issues.Add(new MarcIssue(severity, RecordNumber, offset, tag, message) { OffsetKind = offsetKind });
    }
}
