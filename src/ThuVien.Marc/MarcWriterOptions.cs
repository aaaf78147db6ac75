namespace ThuVien.Marc;

/// <summary>How a writer lays out its output. ISO 2709 has a single layout and ignores these.</summary>
public sealed record MarcWriterOptions
{
    /// <summary>The defaults: compact output, records wrapped in a collection (MARCXML) or an array (JSON).</summary>
    public static MarcWriterOptions Default { get; } = new();

    /// <summary>Indent the output for people to read. Off by default: smaller and faster.</summary>
    public bool Indent { get; init; }

    /// <summary>
    /// Wrap the records in a MARCXML <c>&lt;collection&gt;</c> or a JSON array (the default).
    /// When false, MARCXML is one bare <c>&lt;record&gt;</c> document (a second record is refused)
    /// and MARC-in-JSON is one object per line (newline-delimited JSON).
    /// </summary>
    public bool Collection { get; init; } = true;
}
