using ThuVien.Marc;

namespace ThuVien.Cli.Marc;

/// <summary>Chooses the reader and writer for a file from --from/--to, else the file's content and name.</summary>
internal static class MarcFileFormats
{
    public static IMarcReader OpenReader(Stream stream, string path, string? from, MarcReaderOptions options)
    {
        MarcFormat? format = from is null ? null : Parse(from);
        if (format is null && stream.CanSeek)
        {
            Span<byte> first = stackalloc byte[MarcFormats.SniffLength];
            var read = stream.ReadAtLeast(first, first.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            format = MarcFormats.Detect(path, first[..read]);
        }

        format ??= MarcFormats.Detect(path, []) ?? MarcFormat.Iso2709;
        return MarcFormats.OpenReader(stream, format.Value, options, leaveOpen: true);
    }

    public static IMarcWriter OpenWriter(Stream stream, string path, string? to)
    {
        var format = to is not null ? Parse(to) : MarcFormats.Detect(path, [])
            ?? throw new UsageException($"cannot tell the output format from '{path}'; use --to mrc, xml or json");
        return MarcFormats.OpenWriter(stream, format, leaveOpen: true);
    }

    private static MarcFormat Parse(string name) => name.ToUpperInvariant() switch
    {
        "MRC" or "MARC" or "ISO" or "ISO2709" or "DAT" => MarcFormat.Iso2709,
        "XML" or "MARCXML" => MarcFormat.MarcXml,
        "JSON" or "MARCJSON" => MarcFormat.MarcJson,
        _ => throw new UsageException($"unknown format '{name}' (use mrc, xml or json)"),
    };
}
