namespace ThuVien.Marc.Tests.Support;

/// <summary>Reads and writes whole inputs in one call, so each codec test can be a line or two.</summary>
internal static class MarcIo
{
    public static List<MarcReadResult> Read(byte[] bytes, MarcFormat format, MarcReaderOptions? options = null)
    {
        using var reader = MarcFormats.OpenReader(new MemoryStream(bytes), format, options);
        return [.. reader];
    }

    public static List<MarcReadResult> ReadFile(string path, MarcFormat format, MarcReaderOptions? options = null)
    {
        using var reader = MarcFormats.OpenReader(File.OpenRead(path), format, options);
        return [.. reader];
    }

    public static byte[] Write(IEnumerable<MarcRecord> records, MarcFormat format, MarcWriterOptions? options = null)
    {
        var output = new MemoryStream();
        using (var writer = MarcFormats.OpenWriter(output, format, options, leaveOpen: true))
        {
            foreach (var record in records)
            {
                writer.Write(record);
            }
        }

        return output.ToArray();
    }

    public static byte[] Write(MarcRecord record, MarcFormat format, MarcWriterOptions? options = null) =>
        Write([record], format, options);

    /// <summary>The record written in a format and read back; fails when the reader is not fully happy.</summary>
    public static MarcRecord RoundTrip(MarcRecord record, MarcFormat format, MarcWriterOptions? options = null)
    {
        var result = Assert.Single(Read(Write(record, format, options), format));
        Assert.True(result.IsAccepted, string.Join("; ", result.Issues));
        Assert.Empty(result.Issues);
        return result.Record!;
    }

    public static string Describe(IEnumerable<MarcReadResult> results) =>
        string.Join("\n", results.SelectMany(r => r.Issues).Select(i => i.ToString()));
}
