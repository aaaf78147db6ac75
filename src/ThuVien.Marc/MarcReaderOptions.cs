namespace ThuVien.Marc;

/// <summary>How a reader treats its input.</summary>
public sealed record MarcReaderOptions
{
    /// <summary>The defaults: permissive, encoding from the leader.</summary>
    public static MarcReaderOptions Default { get; } = new();

    /// <summary>
    /// Permissive (the default) repairs what it can (wrong lengths, missing terminators, bad
    /// indicators, invalid UTF-8) and reports each repair as a warning. Strict mode rejects any
    /// record that would need a repair.
    /// </summary>
    public bool Permissive { get; init; } = true;

    /// <summary>The input's character encoding; <see cref="MarcEncoding.Auto"/> follows leader/09.</summary>
    public MarcEncoding Encoding { get; init; } = MarcEncoding.Auto;

    /// <summary>Keep each accepted record's raw bytes in <see cref="MarcReadResult.Raw"/> (rejections always keep them).</summary>
    public bool KeepRaw { get; init; }

    /// <summary>
    /// Largest record accepted, in bytes; a record that runs on longer is rejected. Well above ISO 2709's
    /// 99,999 because real exports carry oversize records (length 99999, data far longer).
    /// </summary>
    public int MaxRecordBytes { get; init; } = 16 << 20;
}
