using ThuVien.Marc.Iso2709;
using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.Corpus;

/// <summary>
/// Every ISO 2709 file in the shared test data, read permissively: nothing throws, every record is
/// accounted for (read = accepted + rejected) and each record's issues name where they are.
/// </summary>
public class Iso2709CorpusTests
{
    public static TheoryData<string> IsoFiles() =>
        [.. TestData.Files("marc", ".mrc", ".marc", ".dat", "sample-marc", "simple-rusmarc")];

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(IsoFiles))]
    public void Every_record_is_accounted_for(string file)
    {
        var path = TestData.Require(file);
        var bytes = File.ReadAllBytes(path);
        using var reader = new Iso2709Reader(new MemoryStream(bytes));
        long read = 0, accepted = 0, rejected = 0, lastNumber = 0;
        foreach (var result in reader)
        {
            read++;
            Assert.Equal(lastNumber + 1, result.RecordNumber);
            lastNumber = result.RecordNumber;
            Assert.InRange(result.Offset, 0, bytes.Length);
            if (result.IsAccepted)
            {
                accepted++;
                Assert.All(result.Issues, i => Assert.Equal(MarcSeverity.Warning, i.Severity));
            }
            else
            {
                rejected++;
                Assert.Contains(result.Issues, i => i.Severity == MarcSeverity.Error);
                Assert.False(string.IsNullOrWhiteSpace(result.RejectionReason));
            }

            Assert.All(result.Issues, i => Assert.InRange(i.Offset, -1, bytes.Length));
        }

        Assert.True(read > 0, $"{file}: no record found");
        Assert.Equal(read, accepted + rejected);
    }

    [Theory]
    [InlineData("marc/marc4j/chabon.mrc", 2)]
    [InlineData("marc/marc4j/summerland.mrc", 1)]
    [InlineData("marc/pymarc/test.dat", 10)]
    [InlineData("marc/evergreen/jazz_1k.mrc", 1000)]
    [InlineData("marc/marc4j/brkrtest_UTF8.mrc", 8)]
    [InlineData("marc/yaz-marc-files/marccol1.u8.marc", 19)]
    public void Clean_files_read_with_neither_warnings_nor_rejections(string file, int records)
    {
        var results = Read(file);
        Assert.Equal(records, results.Count);
        Assert.All(results, r => Assert.True(r.IsAccepted && r.Issues.IsEmpty, $"record {r.RecordNumber}: {string.Join("; ", r.Issues)}"));
    }

    [Fact]
    public void An_oversize_hathi_record_is_read_by_its_terminators_and_said_so()
    {
        // marc4j's bad_hathi_records.mrc: record 4 says length 99999 and runs on for about a megabyte.
        var results = Read("marc/marc4j/bad_hathi_records.mrc");
        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.True(r.IsAccepted));
        var oversize = results[3];
        Assert.Contains(oversize.Issues, i => i.Message.Contains("oversize", StringComparison.Ordinal));
        Assert.True(oversize.Record!.Fields.Length > 1000);
    }

    [Fact]
    public void A_record_whose_length_is_two_too_long_is_framed_by_its_terminator()
    {
        var results = Read("marc/marc4j/bad_too_long_plus_2.mrc");
        Assert.All(results, r => Assert.True(r.IsAccepted));
        Assert.Contains(results, r => r.Issues.Any(i => i.Message.Contains("record length", StringComparison.Ordinal)));
    }

    [Fact]
    public void Non_numeric_indicator_and_subfield_code_lengths_are_assumed_two_with_a_warning()
    {
        var results = Read("marc/marc4j/bad_leaders_10_11.mrc");
        var result = Assert.Single(results);
        Assert.True(result.IsAccepted);
        Assert.Contains(result.Issues, i => i.Message.Contains("leader/10", StringComparison.Ordinal) || i.Message.Contains("leader/11", StringComparison.Ordinal));
        Assert.Equal("22", result.Record!.Leader.Value[10..12]);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported_with_its_tag_and_offset()
    {
        var results = Read("marc/ruby-marc/utf8_with_bad_bytes.marc");
        var warning = Assert.Single(results).Issues.First(i => i.Message.Contains("invalid UTF-8", StringComparison.Ordinal));
        Assert.Contains("Latin-1", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(warning.Tag);
        Assert.True(warning.Offset > 0);
    }

    [Fact]
    public void A_directory_out_of_step_with_the_data_falls_back_on_field_terminators()
    {
        var results = Read("marc/marc4j/bad_oversize_field_bad_directory.mrc");
        Assert.All(results, r => Assert.True(r.IsAccepted));
        Assert.Contains(results, r => r.Issues.Any(i => i.Message.Contains("terminators", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_file_with_many_errors_reads_like_its_fixed_twin_once_repaired()
    {
        // marc4j ships the same 383 records twice: once damaged, once fixed by hand.
        var broken = Read("marc/marc4j/pride-and-prejudice-with-many-errors.mrc");
        var fixedTwin = Read("marc/marc4j/pride-and-prejudice-fixed.mrc");
        Assert.Equal(383, broken.Count);
        Assert.Equal(fixedTwin.Count, broken.Count);
        Assert.All(broken, r => Assert.True(r.IsAccepted));
        Assert.All(fixedTwin, r => Assert.True(r.IsAccepted));
        Assert.True(broken.Count(r => r.HasWarnings) > fixedTwin.Count(r => r.HasWarnings));
        // The damaged copy also carries XML entities (&apos;, &amp;) typed into the data; the reader keeps
        // text exactly as given, so the comparison decodes them on that side only.
        var differing = broken.Zip(fixedTwin)
            .Where(p => System.Net.WebUtility.HtmlDecode(p.First.Record!.Value("245", 'a')) != p.Second.Record!.Value("245", 'a'))
            .Select(p => p.First.RecordNumber)
            .ToList();
        Assert.Empty(differing);
    }

    [Fact]
    public void Strict_mode_rejects_what_permissive_mode_repairs()
    {
        var path = TestData.Require("marc/marc4j/bad_leaders_10_11.mrc");
        using var reader = new Iso2709Reader(File.OpenRead(path), new MarcReaderOptions { Permissive = false });
        var result = Assert.Single(reader);
        Assert.False(result.IsAccepted);
        Assert.False(result.Raw.IsEmpty);
    }

    private static List<MarcReadResult> Read(string file)
    {
        using var reader = new Iso2709Reader(File.OpenRead(TestData.Require(file)));
        return [.. reader];
    }
}
