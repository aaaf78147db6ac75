using ThuVien.Marc.Iso2709;
using ThuVien.Marc.MarcJson;
using ThuVien.Marc.MarcXml;

namespace ThuVien.Marc;

/// <summary>One entry point for every MARC serialisation: detect a format, open a reader or a writer.</summary>
public static class MarcFormats
{
    /// <summary>How many leading bytes <see cref="Detect(string)"/> looks at.</summary>
    public const int SniffLength = 64;

    /// <summary>
    /// The format of a file: its first bytes decide when they are conclusive, otherwise its extension
    /// (.mrc .marc .iso .dat ISO 2709, .xml MARCXML, .json MARC-in-JSON). Null when neither tells.
    /// </summary>
    public static MarcFormat? Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Span<byte> head = stackalloc byte[SniffLength];
        var length = 0;
        using (var file = File.OpenRead(path))
        {
            int read;
            while (length < head.Length && (read = file.Read(head[length..])) > 0)
            {
                length += read;
            }
        }

        return Detect(path, head[..length]);
    }

    /// <summary>
    /// The format of data whose name (a file name, or null) and first bytes are known, e.g. an upload:
    /// the bytes decide when they are conclusive, otherwise the name's extension.
    /// </summary>
    public static MarcFormat? Detect(string? fileName, ReadOnlySpan<byte> firstBytes) =>
        Sniff(firstBytes) ?? FromExtension(fileName);

    /// <summary>Opens a reader of <paramref name="format"/> over a stream.</summary>
    public static IMarcReader OpenReader(Stream stream, MarcFormat format, MarcReaderOptions? options = null, bool leaveOpen = false) =>
        format switch
        {
            MarcFormat.Iso2709 => new Iso2709Reader(stream, options, leaveOpen),
            MarcFormat.MarcXml => new MarcXmlReader(stream, options, leaveOpen),
            MarcFormat.MarcJson => new MarcJsonReader(stream, options, leaveOpen),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };

    /// <summary>Opens a writer of <paramref name="format"/> over a stream.</summary>
    public static IMarcWriter OpenWriter(Stream stream, MarcFormat format, MarcWriterOptions? options = null, bool leaveOpen = false) =>
        format switch
        {
            MarcFormat.Iso2709 => new Iso2709Writer(stream, leaveOpen),
            MarcFormat.MarcXml => new MarcXmlWriter(stream, options, leaveOpen),
            MarcFormat.MarcJson => new MarcJsonWriter(stream, options, leaveOpen),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };

    private static MarcFormat? FromExtension(string? fileName) =>
        Path.GetExtension(fileName)?.ToUpperInvariant() switch
        {
            ".MRC" or ".MARC" or ".ISO" or ".DAT" or ".ISO2709" => MarcFormat.Iso2709,
            ".XML" or ".MARCXML" => MarcFormat.MarcXml,
            ".JSON" or ".NDJSON" or ".JSONL" => MarcFormat.MarcJson,
            _ => null,
        };

    /// <summary>
    /// Markup starts with '&lt;' and JSON with '{' or '[' (after a byte order mark and blanks); ISO 2709
    /// starts with the five digits of the record length (ISO 2709 §4.2).
    /// </summary>
    private static MarcFormat? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // UTF-16: only XML declares and detects it (JSON must be UTF-8, RFC 8259 §8.1).
            return head.Length > 3 && (head[2] == '<' || head[3] == '<') ? MarcFormat.MarcXml : null;
        }

        if (head.Length >= 5 && IsDigits(head[..5]))
        {
            return MarcFormat.Iso2709;
        }

        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0)
        {
            return null;
        }

        return head[start] switch
        {
            (byte)'<' => MarcFormat.MarcXml,
            (byte)'{' or (byte)'[' => MarcFormat.MarcJson,
            _ => null,
        };
    }

    private static bool IsDigits(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;
}
