using BenchmarkDotNet.Attributes;
using ThuVien.Marc;
using ThuVien.Marc.Iso2709;

namespace ThuVien.Benchmarks;

/// <summary>ISO 2709 parse and write over 1,000 real records; divide by 1,000 for per-record figures.</summary>
[MemoryDiagnoser]
public class Iso2709Benchmarks : IDisposable
{
    private readonly byte[] _utf8 = BenchmarkData.Utf8Bytes;
    private readonly byte[] _marc8 = BenchmarkData.Marc8Bytes;
    private readonly MarcRecord[] _records = BenchmarkData.Records;
    private readonly MemoryStream _sink = new(capacity: 4 << 20);

    [Benchmark(Description = "read 1,000 UTF-8 records")]
    public int ReadUtf8() => Count(_utf8);

    [Benchmark(Description = "read 1,000 MARC-8 records")]
    public int ReadMarc8() => Count(_marc8);

    [Benchmark(Description = "write 1,000 records")]
    public long Write()
    {
        _sink.Position = 0;
        using var writer = new Iso2709Writer(_sink, leaveOpen: true);
        foreach (var record in _records)
        {
            writer.Write(record);
        }

        return _sink.Position;
    }

    public void Dispose()
    {
        _sink.Dispose();
        GC.SuppressFinalize(this);
    }

    private static int Count(byte[] bytes)
    {
        var fields = 0;
        using var reader = new Iso2709Reader(new MemoryStream(bytes));
        foreach (var result in reader)
        {
            fields += result.Record?.Fields.Length ?? 0;
        }

        return fields;
    }
}
