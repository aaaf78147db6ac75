using BenchmarkDotNet.Attributes;
using ThuVien.Marc;

namespace ThuVien.Benchmarks;

/// <summary>MARCXML and MARC-in-JSON write and read over 1,000 real records; divide by 1,000 for per-record figures.</summary>
[MemoryDiagnoser]
public class SerialisationBenchmarks : IDisposable
{
    private readonly MarcRecord[] _records = BenchmarkData.Records;
    private readonly MemoryStream _sink = new(capacity: 8 << 20);
    private byte[] _xml = [];
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup()
    {
        _xml = Write(MarcFormat.MarcXml);
        _json = Write(MarcFormat.MarcJson);
    }

    [Benchmark(Description = "write 1,000 records as MARCXML")]
    public long WriteMarcXml() => Write(MarcFormat.MarcXml).Length;

    [Benchmark(Description = "write 1,000 records as MARC-in-JSON")]
    public long WriteMarcJson() => Write(MarcFormat.MarcJson).Length;

    [Benchmark(Description = "read 1,000 MARCXML records")]
    public int ReadMarcXml() => Count(_xml, MarcFormat.MarcXml);

    [Benchmark(Description = "read 1,000 MARC-in-JSON records")]
    public int ReadMarcJson() => Count(_json, MarcFormat.MarcJson);

    public void Dispose()
    {
        _sink.Dispose();
        GC.SuppressFinalize(this);
    }

    private byte[] Write(MarcFormat format)
    {
        _sink.SetLength(0);
        using (var writer = MarcFormats.OpenWriter(_sink, format, leaveOpen: true))
        {
            foreach (var record in _records)
            {
                writer.Write(record);
            }

            writer.Complete();
        }

        return _sink.ToArray();
    }

    private static int Count(byte[] bytes, MarcFormat format)
    {
        var fields = 0;
        using var reader = MarcFormats.OpenReader(new MemoryStream(bytes), format);
        foreach (var result in reader)
        {
            fields += result.Record?.Fields.Length ?? 0;
        }

        return fields;
    }
}
