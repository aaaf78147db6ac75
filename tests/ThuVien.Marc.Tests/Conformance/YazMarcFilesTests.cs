using System.Xml.Linq;

using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.Conformance;

/// <summary>
/// yaz-marcdump's own conformance files (see marc/yaz-marc-files/README.md in the test data):
/// our MARCXML and MARC-in-JSON of each marcN.marc must equal yaz's, and yaz's MARCXML and JSON
/// read back must give yaz's ISO 2709 bytes. marc-8 files need the MARC-8 decoder.
/// </summary>
public class YazMarcFilesTests
{
    private const string Folder = "marc/yaz-marc-files/";

    /// <summary>
    /// Fields of deliberately broken records that yaz and ThuVien read differently. They are left out
    /// of the comparison; the tests further down say what ThuVien reports for each instead.
    /// </summary>
    private static readonly Dictionary<int, HashSet<string>> Divergent = new()
    {
        [0] = ["092"],
        [3] = ["648#3", "BAS"],
        [5] = ["250"],
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
        Assert.Null(XmlEquivalence.Difference(expected, ours, Divergent.GetValueOrDefault(n)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Our_MARC_in_JSON_of_marcN_equals_what_yaz_writes(int n)
    {
        var records = Records(ReadIso(n));
        var ours = MarcIo.Write(records, MarcFormat.MarcJson);
        var expected = File.ReadAllBytes(TestData.Require($"{Folder}marc{n}.json"));
        Assert.Null(JsonEquivalence.Difference(expected, ours, Divergent.GetValueOrDefault(n)));
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
    public void In_marc3_text_without_a_subfield_delimiter_is_reported_where_yaz_makes_a_subfield_of_it()
    {
        // The third 648 is "  Granlund, Tom" then $c…: no delimiter after the indicators. yaz takes
        // whatever byte follows the indicators for a delimiter and the next for a code, and so invents
        // $r "anlund, Tom". ThuVien invents nothing: it reports the 13 bytes it cannot place. BAS ("  20")
        // is the same case: yaz makes it an empty $0.
        var result = Assert.Single(ReadIso(3));
        var record = result.Record!;
        var third = record.DataFields("648").ElementAt(2);
        Assert.Equal(["Kristian Augustsgate", "Pilestredet 19"], third.Values('c'));
        Assert.Null(third['r']);
        Assert.Empty(record.DataField("BAS")!.Subfields);
        Assert.Contains(result.Issues, i => i.Tag == "648" && i.Message.Contains("13 bytes before the first subfield delimiter are not read: 'Granlund, Tom'", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Tag == "BAS" && i.Message.Contains("2 bytes before the first subfield delimiter", StringComparison.Ordinal));
        Assert.Equal("anlund, Tom", YazFields(3, "648").ElementAt(2).Elements().First().Value);
    }

    [Fact]
    public void In_marc5_text_without_a_subfield_delimiter_is_reported_where_yaz_makes_a_subfield_of_it()
    {
        // 250 is "  2η εκδ." with no delimiter: yaz reads '2' as the delimiter and 'η' as a code.
        var result = Assert.Single(ReadIso(5));
        Assert.Empty(result.Record!.DataField("250")!.Subfields);
        Assert.Contains(result.Issues, i => i.Tag == "250" && i.Message.Contains("'2η εκδ.'", StringComparison.Ordinal));
        Assert.Equal("η", YazField(5, "250").Elements().Single().Attribute("code")!.Value);
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
        var charset = File.ReadAllText(TestData.Require($"{Folder}marc{n}.chr")).Trim();
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

    private static List<MarcRecord> Records(List<MarcReadResult> results)
    {
        Assert.All(results, r => Assert.True(r.IsAccepted, r.RejectionReason));
        return [.. results.Select(r => r.Record!)];
    }

    private static IEnumerable<XElement> YazFields(int n, string tag) =>
        XmlEquivalence.Load(File.ReadAllBytes(TestData.Require($"{Folder}marc{n}.xml"))).Descendants().Where(e => (string?)e.Attribute("tag") == tag);

    private static XElement YazField(int n, string tag) => YazFields(n, tag).Single();
}