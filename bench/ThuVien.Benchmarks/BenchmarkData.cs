using ThuVien.Marc;
using ThuVien.Marc.Iso2709;

namespace ThuVien.Benchmarks;

/// <summary>
/// The records the benchmarks run on: Evergreen's jazz_1k.mrc (1,000 real MARC-8 records) from the
/// shared test data, and the same records re-encoded as UTF-8 by our writer.
/// </summary>
internal static class BenchmarkData
{
    public static byte[] Marc8Bytes { get; } = File.ReadAllBytes(Locate("marc/evergreen/jazz_1k.mrc"));

    public static MarcRecord[] Records { get; } = Read(Marc8Bytes);

    public static byte[] Utf8Bytes { get; } = Write(Records);

    public static MarcRecord[] Read(byte[] bytes)
    {
        using var reader = new Iso2709Reader(new MemoryStream(bytes));
        return [.. reader.Where(r => r.IsAccepted).Select(r => r.Record!)];
    }

    private static byte[] Write(MarcRecord[] records)
    {
        var output = new MemoryStream();
        using (var writer = new Iso2709Writer(output, leaveOpen: true))
        {
            foreach (var record in records)
            {
                writer.Write(record);
            }
        }

        return output.ToArray();
    }

    private static string Locate(string relative)
    {
        var root = Environment.GetEnvironmentVariable("THUVIEN_TESTDATA");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); root is null && dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThuVien.slnx")))
            {
                root = Path.Combine(dir.FullName, "..", "shared", "testdata");
            }
        }

        var path = Path.Combine(root ?? ".", relative);
        return File.Exists(path) ? path : throw new FileNotFoundException($"benchmark data {relative} not found; set THUVIEN_TESTDATA", path);
    }
}
