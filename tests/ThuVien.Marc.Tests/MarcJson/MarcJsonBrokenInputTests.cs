using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.MarcJson;

/// <summary>Real MARC-in-JSON, good and broken, from other projects' test suites.</summary>
public class MarcJsonBrokenInputTests
{
    private static List<MarcReadResult> Read(string relativePath) =>
        MarcIo.ReadFile(TestData.Require(relativePath), MarcFormat.MarcJson);

    [Fact]
    public void Line_breaks_inside_strings_are_one_rejection_naming_line_and_byte()
    {
        // marc4j's illegal-marc-in-json.json has raw line feeds inside string values (RFC 8259 §7 forbids them).
        var result = Assert.Single(Read("marc/marc4j/illegal-marc-in-json.json"));
        Assert.False(result.IsAccepted);
        Assert.Equal(170, result.Offset);
        Assert.StartsWith("the JSON is not well-formed at line 170, byte 36 of the line: ", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Issues_give_the_line_they_are_at_and_say_so()
    {
        var notJson = Assert.Single(Read("marc/marc4j/illegal-marc-in-json.json")).Issues[0];
        Assert.Equal(MarcOffsetKind.Line, notJson.OffsetKind);
        Assert.StartsWith("record 1 at line 170: error: the JSON is not well-formed", notJson.ToString(), StringComparison.Ordinal);

        var json = """{"leader": "00000nam a2200000 a 4500", "fields": [{"245": {"ind1": "1", "ind2": "0", "subfields": [{"a": 7}]}}]}"""u8.ToArray();
        var inRecord = Assert.Single(Assert.Single(MarcIo.Read(json, MarcFormat.MarcJson)).Issues);
        Assert.Equal(MarcOffsetKind.Line, inRecord.OffsetKind);
        Assert.StartsWith("record 1 at line 1: field 245: warning: ", inRecord.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_legal_version_of_the_same_record_is_read_without_warnings()
    {
        var result = Assert.Single(Read("marc/marc4j/legal-json-marc-in-json.json"));
        Assert.Empty(result.Issues);
        Assert.Equal("Dylan, Bob,", result.Record!.Value("100", 'a'));
    }

    [Fact]
    public void The_other_MARC_JSON_dialect_with_unquoted_names_is_refused()
    {
        // marc4j's "marc-json" is not MARC-in-JSON and not even JSON (names are not quoted).
        var result = Assert.Single(Read("marc/marc4j/marc-json.json"));
        Assert.False(result.IsAccepted);
        Assert.StartsWith("the JSON is not well-formed at line 2, byte 5 of the line: ", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_JSON_object_that_is_not_a_record_is_rejected()
    {
        // FOLIO's raw records wrap ISO 2709 text in {"id":…, "content":…}.
        var result = Assert.Single(Read("marc/folio-srs/rawRecords/0f0fe962-d502-4a4f-9e74-7732bec94ee8.json"));
        Assert.False(result.IsAccepted);
        Assert.Equal("the object has neither \"leader\" nor \"fields\": it is not a MARC-in-JSON record", result.RejectionReason);
    }

    [Fact]
    public void Empty_indicators_in_FOLIO_records_are_read_as_blanks_with_warnings()
    {
        var result = Assert.Single(Read("marc/folio-srs/parsedContents/marcBibContentWith999field.json"));
        Assert.True(result.IsAccepted);
        Assert.Equal("  ", result.Record!.DataField("948")!.Indicators);
        Assert.Equal(["indicator 1 is empty; assuming blank", "indicator 2 is empty; assuming blank"], result.Issues.Select(i => i.Message));
    }

    [Theory]
    [InlineData("marc/pymarc/batch.json", "marc/pymarc/batch.xml")]
    [InlineData("marc/marc4j/summerland-marc-in-json.json", "marc/marc4j/summerland.xml")]
    [InlineData("marc/marc4j/summerland-marc-in-json-indented.json", "marc/marc4j/summerland.xml")]
    public void A_JSON_file_holds_the_same_records_as_its_MARCXML_twin(string json, string xml)
    {
        var fromJson = Read(json);
        var fromXml = MarcIo.ReadFile(TestData.Require(xml), MarcFormat.MarcXml);
        Assert.NotEmpty(fromJson);
        Assert.Equal(fromXml.Count, fromJson.Count);
        Assert.All(fromJson.Zip(fromXml), pair =>
        {
            Assert.Empty(pair.First.Issues);
            Assert.True(pair.First.Record!.ContentEquals(pair.Second.Record!), pair.First.Record.ToString());
        });
    }
}
