using System.Text;
using ThuVien.Cli.Tests.Support;
using ThuVien.Marc;
using ThuVien.Marc.Iso2709;
using ThuVien.Marc.Tests.Support;

namespace ThuVien.Cli.Tests.Marc;

public sealed class MarcCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thuvien-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Validate_counts_read_accepted_and_rejected_and_exits_zero_on_a_clean_file()
    {
        var file = TestData.Require("marc/marc4j/chabon.mrc");
        var run = await ThuvienProcess.RunAsync("marc", "validate", "-q", file);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("read 2, accepted 2 (0 with warnings), rejected 0", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_exits_one_when_a_record_is_rejected_and_the_report_names_record_offset_and_reason()
    {
        var file = WriteGoodAndBrokenRecord();
        var report = Path.Combine(_dir, "report.txt");
        var run = await ThuvienProcess.RunAsync("marc", "validate", "-q", "--report", report, file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("read 2, accepted 1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("rejected 1", run.Stdout, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(report);
        Assert.Contains(lines, l => l.Contains("record 2 at byte", StringComparison.Ordinal) && l.Contains("error:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_adds_up_over_several_files()
    {
        var one = TestData.Require("marc/marc4j/chabon.mrc");
        var two = TestData.Require("marc/pymarc/test.dat");
        var run = await ThuvienProcess.RunAsync("marc", "validate", "-q", one, two);
        Assert.Contains("total: read 12, accepted 12 (0 with warnings), rejected 0", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error_with_exit_code_two()
    {
        var run = await ThuvienProcess.RunAsync("marc", "validate", Path.Combine(_dir, "nope.mrc"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_encoding_is_refused_with_the_list_of_encodings()
    {
        var file = TestData.Require("marc/marc4j/chabon.mrc");
        var run = await ThuvienProcess.RunAsync("marc", "dump", "--encoding", "klingon", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tcvn3", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dump_prints_the_yaz_line_format_of_a_utf8_collection()
    {
        // yaz's own expected dump of this UTF-8 collection (marccolN.u8.1.lst) is the reference.
        var file = TestData.Require("marc/yaz-marc-files/marccol1.u8.marc");
        var expected = await File.ReadAllTextAsync(file.Replace(".marc", ".1.lst", StringComparison.Ordinal));
        var run = await ThuvienProcess.RunAsync("marc", "dump", file);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.Stdout);
    }

    [Fact]
    public async Task Convert_writes_iso2709_that_reads_back_to_the_same_records_and_reports_the_summary()
    {
        var file = TestData.Require("marc/pymarc/test.dat");
        var output = Path.Combine(_dir, "out.mrc");
        var run = await ThuvienProcess.RunAsync("marc", "convert", file, output);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("read 10, accepted 10 (0 with warnings), rejected 0, written 10", run.Stderr, StringComparison.Ordinal);
        var original = ReadAll(file);
        var converted = ReadAll(output);
        Assert.Equal(original.Count, converted.Count);
        for (var i = 0; i < original.Count; i++)
        {
            Assert.Equal(MarcLineFormat.Format(original[i])[24..], MarcLineFormat.Format(converted[i])[24..]);
        }
    }

    [Fact]
    public async Task Convert_writes_rejected_records_raw_to_the_rejects_file_so_they_can_be_fixed()
    {
        var file = WriteGoodAndBrokenRecord();
        var output = Path.Combine(_dir, "out.mrc");
        var rejects = Path.Combine(_dir, "rejects.mrc");
        var run = await ThuvienProcess.RunAsync("marc", "convert", file, output, "--rejects", rejects);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("rejected 1", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(BrokenRecord, await File.ReadAllBytesAsync(rejects));
        Assert.Single(ReadAll(output));
    }

    [Fact]
    public async Task Convert_to_standard_output_needs_a_format()
    {
        var file = TestData.Require("marc/marc4j/chabon.mrc");
        var run = await ThuvienProcess.RunAsync("marc", "convert", file, "-");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--to", run.Stderr, StringComparison.Ordinal);
    }

    // A leader that promises a directory which never comes: no field terminator at all.
    private static readonly byte[] BrokenRecord = Encoding.ASCII.GetBytes("00040nam a2200037   4500245001000000\u001D");

    private string WriteGoodAndBrokenRecord()
    {
        var good = Iso2709Writer.ToBytes(new MarcRecord(Leader.Default, new ControlField("001", "1"), new DataField("245", '0', '0', new Subfield('a', "Tắt đèn"))));
        var path = Path.Combine(_dir, "mixed.mrc");
        File.WriteAllBytes(path, [.. good, .. BrokenRecord]);
        return path;
    }

    private static List<MarcRecord> ReadAll(string path)
    {
        using var reader = new Iso2709Reader(File.OpenRead(path));
        return reader.Where(r => r.IsAccepted).Select(r => r.Record!).ToList();
    }
}
