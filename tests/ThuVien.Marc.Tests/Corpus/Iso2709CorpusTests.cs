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
    [InlineData("marc/marc4j/brkrtest_UTF8.mrc", 8)]
    [InlineData("marc/yaz-marc-files/marccol1.u8.marc", 19)]
    public void Clean_files_read_with_neither_warnings_nor_rejections(string file, int records)
    {
        var results = Read(file);
        Assert.Equal(records, results.Count);
        Assert.All(results, r => Assert.True(r.IsAccepted && r.Issues.IsEmpty, $"record {r.RecordNumber}: {string.Join("; ", r.Issues)}"));
    }

    [Fact]
    public void In_jazz_1k_five_100_fields_end_in_a_delimiter_with_no_code_and_only_that_is_reported()
    {
        // Evergreen's jazz_1k.mrc is clean but for five 100 fields that end "…$d1925-2007.\x1F\x1E": a subfield
        // delimiter with no code before the field terminator, a defect in the file (MARC 21 Specifications,
        // Record Structure: a subfield code is the delimiter followed by a data element identifier). The reader
        // keeps the subfields and reports the empty one at the byte of its delimiter.
        var bytes = File.ReadAllBytes(TestData.Require("marc/evergreen/jazz_1k.mrc"));
        var results = Read("marc/evergreen/jazz_1k.mrc");
        Assert.Equal(1000, results.Count);
        Assert.All(results, r => Assert.True(r.IsAccepted, r.RejectionReason));

        var warned = results.Where(r => r.HasWarnings).ToList();
        Assert.Equal([383L, 473, 474, 640, 788], warned.Select(r => r.RecordNumber));
        foreach (var result in warned)
        {
            var issue = Assert.Single(result.Issues);
            Assert.Equal((MarcSeverity.Warning, "100", "empty subfield (a delimiter with no code) is skipped"), (issue.Severity, issue.Tag, issue.Message));
            Assert.Equal(MarcOffsetKind.Byte, issue.OffsetKind);
            Assert.Equal($"record {result.RecordNumber} at byte {issue.Offset}: field 100: warning: {issue.Message}", issue.ToString());
            Assert.Equal([0x1F, 0x1E], bytes[(int)issue.Offset..(int)(issue.Offset + 2)]);
            var field = result.Record!.DataField("100")!;
            Assert.Equal(['a', 'd'], field.Subfields.Select(s => s.Code));
            Assert.EndsWith("-2007.", field['d'], StringComparison.Ordinal);
        }

        Assert.Equal("Roach, Max,", warned[0].Record!.Value("100", 'a'));
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
        // text exactly as given, so the comparison decodes them on that side only. Titles are compared in NFC:
        // the damaged copy's MARC-8 reads as NFC, the fixed copy has decomposed UTF-8 (e + U+0301).
        var differing = broken.Zip(fixedTwin)
            .Where(p => Nfc(System.Net.WebUtility.HtmlDecode(p.First.Record!.Value("245", 'a'))) != Nfc(p.Second.Record!.Value("245", 'a')))
            .Select(p => p.First.RecordNumber)
            .ToList();

        // What the reader cannot recover, record by record:
        // 293, 296, 298: ISO 5426 (UNIMARC) diacritics in a record flagged UTF-8, e.g. "pr\xC2ejug\xC2es":
        //   0xC2 is the acute accent before its letter in ISO 5426 but ℗ in MARC-8, and ThuVien has no
        //   ISO 5426 decoder; it reads the bytes as MARC-8 and warns (marc4j guessed ISO 5426 for the fix).
        // 304, 314: CJK in MARC-8 with every ESC byte stripped and the EACC bytes entity-escaped
        //   ("$1!T&amp;!Yji$H!2/!X((B"): nothing is left that says "MARC-8" rather than ASCII text, and
        //   guessing escapes back into "$1…(B" would corrupt ordinary text such as "(Boston)".
        Assert.Equal([293L, 296, 298, 304, 314], differing);
        Assert.All(broken.Where(r => r.RecordNumber is 293 or 296 or 298), r =>
            Assert.Contains(r.Issues, i => i.Tag == "245" && i.Message.Contains("read as MARC-8", StringComparison.Ordinal)));
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

    private static string? Nfc(string? text) => text?.Normalize(System.Text.NormalizationForm.FormC);

    private static List<MarcReadResult> Read(string file)
    {
        using var reader = new Iso2709Reader(File.OpenRead(TestData.Require(file)));
        return [.. reader];
    }
}
