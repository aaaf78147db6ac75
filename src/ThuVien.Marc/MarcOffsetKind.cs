namespace ThuVien.Marc;

/// <summary>What <see cref="MarcIssue.Offset"/> counts, which depends on the format read.</summary>
public enum MarcOffsetKind
{
    /// <summary>A byte offset in the input (ISO 2709).</summary>
    Byte,

    /// <summary>A 1-based line number in the input (MARCXML, MARC-in-JSON).</summary>
    Line,
}
