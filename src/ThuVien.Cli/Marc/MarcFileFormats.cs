using ThuVien.Marc;
using ThuVien.Marc.Iso2709;

namespace ThuVien.Cli.Marc;

/// <summary>Chooses the reader and writer for a file from --from/--to or the file's name.</summary>
internal static class MarcFileFormats
{
    public static IMarcReader OpenReader(Stream stream, string path, string? from, MarcReaderOptions options)
    {
        var format = from ?? Path.GetExtension(path).TrimStart('.');
        return format.ToUpperInvariant() switch
        {
            "MRC" or "MARC" or "ISO" or "ISO2709" or "DAT" or "" => new Iso2709Reader(stream, options),
            _ => throw new UsageException($"unknown input format '{format}' (use mrc, xml or json)"),
        };
    }

    public static IMarcWriter OpenWriter(Stream stream, string path, string? to)
    {
        var format = to ?? Path.GetExtension(path).TrimStart('.');
        return format.ToUpperInvariant() switch
        {
            "MRC" or "MARC" or "ISO" or "ISO2709" or "DAT" => new Iso2709Writer(stream),
            _ => throw new UsageException($"unknown output format '{format}' (use mrc, xml or json)"),
        };
    }
}
