using System.Text;
using System.Xml.Linq;

using ThuVien.Marc.Tests.Support;
using ThuVien.Marc.Text;

namespace ThuVien.Marc.Tests.Conformance;

/// <summary>
/// yaz-marcdump's own conformance files (see marc/yaz-marc-files/README.md in the test data):
/// our MARCXML and MARC-in-JSON of each marcN.marc must equal yaz's, and yaz's MARCXML and JSON
/// read back must give yaz's ISO 2709 bytes. marc-8 files need the MARC-8 decoder, and their text is
/// compared in NFC (<see cref="TextForm.ExpectedAsNfc"/>): yaz writes MARC-8 diacritics decomposed.
/// </summary>
public class YazMarcFilesTests
{
    private const string Folder = "marc/yaz-marc-files/";

    /// <summary>
    /// Fields of deliberately broken records that yaz and ThuVien read differently. They are left out
    /// of the comparison; the tests further down say what ThuVien reads for each instead.
    /// </summary>
    private static readonly Dictionary<int, HashSet<string>> Divergent = new()
    {
        [0] = ["092"],
        [12] = ["880#6", "880#7"],
    };

    /// <summary>Every marcN.marc but marc4, which yaz gives up on (see its own test).</summary>
    public static TheoryData<int> Files => [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12];

    public static TheoryData<string> XmlFiles =>
        [.. Enumerable.Range(0, 13).Where(n => n != 4).SelectMany(n => new[] { $"marc{n}.xml", $"xml2marc{n}.xml" })];

    public static TheoryData<string> JsonFiles => [.. Enumerable.Range(0, 13).Where(n => n != 4).Select(n => $"marc{n}.json")];

    [Theory]
    [MemberData(nameof(Files))]
    public void Our_MARCXML_of_marcN_equals_what_yaz_writes(int n)
    {
        var records = Records(ReadIso(n));
        var ours = MarcIo.Write(records, MarcFormat.MarcXml);
        var expected = File.ReadAllBytes(TestData.Require($"{Folder}marc{n}.xml"));
        Assert.Null(XmlEquivalence.Difference(expected, ours, Divergent.GetValueOrDefault(n), TextFormOf(n)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Our_MARC_in_JSON_of_marcN_equals_what_yaz_writes(int n)
    {
        var records = Records(ReadIso(n));
        var ours = MarcIo.Write(records, MarcFormat.MarcJson);
        var expected = File.ReadAllBytes(TestData.Require($"{Folder}marc{n}.json"));
        Assert.Null(JsonEquivalence.Difference(expected, ours, Divergent.GetValueOrDefault(n), TextFormOf(n)));
    }

    [Fact]
    public void In_marc0_an_indicator_of_two_bytes_is_blanked_where_yaz_decodes_it()
    {
        // 092's second indicator is 'á', two UTF-8 bytes. ISO 2709 indicators are single bytes
        // (leader/10 = 2), so ThuVien reads byte 0xC3 as the indicator, finds it invalid and blanks it
        // with a warning; yaz decodes the whole character.
        var result = Assert.Single(ReadIso(0));
        var field = result.Record!.DataField("092")!;
        Assert.Equal("  ", field.Indicators);
        Assert.Equal(["DVD CHI 791.43", "QI"], field.Subfields.Select(s => s.Value));
        Assert.Contains(result.Issues, i => i.Tag == "092" && i.Message.Contains("indicator 2 is invalid (byte 0xC3)", StringComparison.Ordinal));
        Assert.Equal("á", YazField(0, "092").Attribute("ind2")!.Value);
    }

    [Fact]
    public void In_marc3_text_without_a_subfield_delimiter_is_kept_as_yaz_keeps_it_with_a_warning()
    {
        // The third 648 is "  Granlund, Tom" then $c…: no delimiter after the indicators. Like yaz, the reader
        // takes the byte where the delimiter belongs ('G') for a damaged delimiter and the next ('r') for the
        // code, so the text is kept as $r "anlund, Tom", and it says so. BAS ("  20") is the same case: an empty $0.
        var bytes = File.ReadAllBytes(TestData.Require($"{Folder}marc3.marc"));
        var result = Assert.Single(ReadIso(3));
        var record = result.Record!;
        var third = record.DataFields("648").ElementAt(2);
        Assert.Equal([new('r', "anlund, Tom"), new('c', "Kristian Augustsgate"), new('c', "Pilestredet 19")], third.Subfields);
        Assert.Equal([new Subfield('0', string.Empty)], record.DataField("BAS")!.Subfields);
        AssertDamagedDelimiterReported(result, bytes, "648", 'G');
        AssertDamagedDelimiterReported(result, bytes, "BAS", '2');
        var yaz = YazFields(3, "648").ElementAt(2).Elements().First();
        Assert.Equal(("r", "anlund, Tom"), (yaz.Attribute("code")!.Value, yaz.Value));
    }

    [Fact]
    public void In_marc5_text_without_a_subfield_delimiter_is_kept_as_yaz_keeps_it_with_a_warning()
    {
        // 250 is "  2η εκδ." with no delimiter: like yaz, the reader takes '2' for the delimiter and 'η' for the code.
        var bytes = File.ReadAllBytes(TestData.Require($"{Folder}marc5.marc"));
        var result = Assert.Single(ReadIso(5));
        Assert.Equal([new Subfield('η', " εκδ.")], result.Record!.DataField("250")!.Subfields);
        AssertDamagedDelimiterReported(result, bytes, "250", '2');
        Assert.Contains(result.Issues, i => i.Tag == "250" && i.Message.Contains("subfield code 'η' is not a valid MARC21 code", StringComparison.Ordinal));
        Assert.Equal("η", YazField(5, "250").Elements().Single().Attribute("code")!.Value);
    }

    [Fact]
    public void In_marc12_only_the_two_880_fields_with_broken_bytes_differ_from_yaz_and_each_is_reported()
    {
        var result = Assert.Single(ReadIso(12));
        var ours = result.Record!.DataFields("880").ToList();
        var yaz = YazFields(12, "880").ToList();
        Assert.Equal(yaz.Count, ours.Count);

        // 880#6 (520-06) holds two subfield delimiters in its text (ESC ( B, 0x1F, ESC $ 1 and ESC ( B, 0x1F,
        // space) and C0 controls (0x0C, 0x1A) where CJK punctuation belongs. yaz drops all of these and
        // keeps one $a; ThuVien splits the value at each delimiter as ISO 2709 says, reports the two codes
        // that are no subfield codes (ESC and space), and keeps the controls. Put back together, the text is yaz's.
        var summary = ours[5];
        Assert.Equal(['6', 'a', '\u001B', ' '], summary.Subfields.Select(s => s.Code));
        Assert.Equal(YazValue(yaz[5], 0), summary.Subfields[0].Value);
        var rejoined = WithoutControls(summary.Subfields[1].Value)
            + Marc8Decoder.Decode(Encoding.ASCII.GetBytes("\u001B" + summary.Subfields[2].Value), null)
            + " " + WithoutControls(summary.Subfields[3].Value);
        Assert.Equal(YazValue(yaz[5], 1), rejoined);
        Assert.Contains(result.Issues, i => i.Tag == "880" && i.Message == "subfield code '\u001B' is not a valid MARC21 code");
        Assert.Contains(result.Issues, i => i.Tag == "880" && i.Message == "subfield code ' ' is not a valid MARC21 code");

        // 880#7 (500-00) holds two 0xFD bytes, which are not in ANSEL: yaz drops them silently, ThuVien
        // writes U+FFFD for each and warns.
        var note = ours[6];
        Assert.Equal(yaz[6].Elements().Select(e => e.Attribute("code")!.Value), note.Subfields.Select(s => s.Code.ToString()));
        Assert.Equal(YazValue(yaz[6], 1), note.Subfields[1].Value.Replace("\uFFFD", string.Empty, StringComparison.Ordinal));
        Assert.Equal(2, note.Subfields[1].Value.Count(c => c == '\uFFFD'));
        var fd = result.Issues.Where(i => i.Message.Contains("byte 0xFD", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, fd.Count);
        Assert.All(fd, i => Assert.Equal("880", i.Tag));

        Assert.Equal(4, result.Issues.Length);
    }

    [Fact]
    public void In_marc4_the_shifted_leader_is_repaired_and_reported_where_yaz_writes_no_fields()
    {
        // marc4.marc is marc3's record with five bytes inserted at the front ("0091400914naa…"), which
        // shifts leader and directory. yaz stops at the directory and writes the leader alone. ThuVien's
        // permissive reader repairs what it can, locates the fields by their terminators and reports every
        // repair, so the record reaches a cataloguer together with what was wrong with it.
        var result = Assert.Single(ReadIso(4));
        Assert.True(result.IsAccepted);
        Assert.Contains(result.Issues, i => i.Message.Contains("record length 914 is wrong", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Message.Contains("is not a multiple of 13", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Message.Contains("fields located by their terminators", StringComparison.Ordinal));
        Assert.Contains(result.Record!.DataFields(), f => f.Values('a').Contains("Byfornyelse ved Ibsen-Ringen"));
        var yaz = XmlEquivalence.Load(File.ReadAllBytes(TestData.Require($"{Folder}marc4.xml")));
        Assert.DoesNotContain(yaz.Descendants(), e => e.Name.LocalName is "controlfield" or "datafield");
    }

    [Theory]
    [MemberData(nameof(XmlFiles))]
    public void Reading_yaz_MARCXML_and_writing_ISO_2709_gives_the_bytes_yaz_writes(string name)
    {
        var records = Records(MarcIo.ReadFile(TestData.Require(Folder + name), MarcFormat.MarcXml));
        var ours = MarcIo.Write(records, MarcFormat.Iso2709);
        Assert.Equal(File.ReadAllBytes(TestData.Require($"{Folder}{name}.marc")), ours);
    }

    [Theory]
    [InlineData("marc4.xml")]
    [InlineData("xml2marc4.xml")]
    public void Reading_marc4_MARCXML_gives_yaz_bytes_but_for_the_entry_map(string name)
    {
        // marc4's broken leader has "370" at 20-22. yaz copies it; Iso2709Writer states the directory it
        // writes (4-digit lengths, 5-digit starts), so leader/20-22 are "450". Nothing else differs.
        var records = Records(MarcIo.ReadFile(TestData.Require(Folder + name), MarcFormat.MarcXml));
        var ours = MarcIo.Write(records, MarcFormat.Iso2709);
        var yaz = File.ReadAllBytes(TestData.Require($"{Folder}{name}.marc"));
        Assert.Equal("370"u8.ToArray(), yaz[20..23]);
        Assert.Equal("450"u8.ToArray(), ours[20..23]);
        Assert.Equal(yaz[..20], ours[..20]);
        Assert.Equal(yaz[23..], ours[23..]);
    }

    [Theory]
    [MemberData(nameof(JsonFiles))]
    public void Reading_yaz_MARC_in_JSON_and_writing_ISO_2709_gives_the_bytes_yaz_writes_but_for_leader_09(string name)
    {
        // yaz leaves leader/09 as the input had it in JSON ("marcN.json.marc" then carries it);
        // ThuVien writes 'a' because what it writes is UTF-8.
        var records = Records(MarcIo.ReadFile(TestData.Require(Folder + name), MarcFormat.MarcJson));
        var ours = MarcIo.Write(records, MarcFormat.Iso2709);
        var yaz = File.ReadAllBytes(TestData.Require($"{Folder}{name}.marc"));
        Assert.Equal((byte)'a', ours[9]);
        ours[9] = yaz[9];
        Assert.Equal(yaz, ours);
    }

    private static List<MarcReadResult> ReadIso(int n)
    {
        var charset = Charset(n);
        if (charset == "danmarc")
        {
            Assert.Skip($"marc{n}.marc is in the danMARC2 character set, which ThuVien does not decode");
        }

        var encoding = charset switch
        {
            "utf-8" => MarcEncoding.Utf8,
            "iso-8859-1" => MarcEncoding.Latin1,
            "marc-8" => MarcEncoding.Marc8,
            _ => throw new InvalidOperationException($"marc{n}.chr names an unknown character set '{charset}'"),
        };
        var results = MarcIo.ReadFile(TestData.Require($"{Folder}marc{n}.marc"), MarcFormat.Iso2709, new MarcReaderOptions { Encoding = encoding });
        Assert.All(results, r => Assert.True(r.IsAccepted, r.RejectionReason));
        return results;
    }

    private static string Charset(int n) => File.ReadAllText(TestData.Require($"{Folder}marc{n}.chr")).Trim();

    private static TextForm TextFormOf(int n) => Charset(n) == "marc-8" ? TextForm.ExpectedAsNfc : TextForm.Exact;

    /// <summary>The reader's warning for a byte read as a damaged delimiter names the field and points at that byte.</summary>
    private static void AssertDamagedDelimiterReported(MarcReadResult result, byte[] input, string tag, char found)
    {
        var issue = Assert.Single(result.Issues, i => i.Tag == tag && i.Message.Contains("read as a delimiter", StringComparison.Ordinal));
        Assert.Equal($"expected a subfield delimiter after the indicators, found '{found}'; read as a delimiter", issue.Message);
        Assert.Equal(MarcSeverity.Warning, issue.Severity);
        Assert.Equal((byte)found, input[issue.Offset]);
    }

    private static string YazValue(XElement field, int index) => field.Elements().ElementAt(index).Value;

    private static string WithoutControls(string text) => string.Concat(text.Where(c => !char.IsControl(c)));

    private static List<MarcRecord> Records(List<MarcReadResult> results)
    {
        Assert.All(results, r => Assert.True(r.IsAccepted, r.RejectionReason));
        return [.. results.Select(r => r.Record!)];
    }

    private static IEnumerable<XElement> YazFields(int n, string tag) =>
        XmlEquivalence.Load(File.ReadAllBytes(TestData.Require($"{Folder}marc{n}.xml"))).Descendants().Where(e => (string?)e.Attribute("tag") == tag);

    private static XElement YazField(int n, string tag) => YazFields(n, tag).Single();
}
