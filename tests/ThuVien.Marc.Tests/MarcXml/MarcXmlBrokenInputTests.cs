using System.Text;

using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.MarcXml;

/// <summary>Real broken MARCXML from other projects' test suites: never an exception, every record counted.</summary>
public class MarcXmlBrokenInputTests
{
    private static List<MarcReadResult> Read(string relativePath) =>
        MarcIo.ReadFile(TestData.Require(relativePath), MarcFormat.MarcXml);

    [Fact]
    public void Control_characters_in_a_Koha_record_end_the_file_with_one_rejection_naming_line_and_column()
    {
        // Raw 0x1F subfield delimiters in control fields: XML 1.0 does not allow them, so the file is not XML.
        var result = Assert.Single(Read("marc/koha/koha-sample-biblio-with-control-chars-NOT-WELLFORMED.xml"));
        Assert.False(result.IsAccepted);
        Assert.Equal("the XML is not well-formed at line 9, column 29: '\u001F', hexadecimal value 0x1F, is an invalid character.; reading stops here", result.RejectionReason);
        Assert.Equal(3, result.Offset);
        Assert.Contains("<leader>00772nam0a2200277   4500</leader>", Encoding.UTF8.GetString(result.Raw.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_controlfield_without_a_tag_rejects_its_record()
    {
        var result = Assert.Single(Read("marc/marc4j/chabon-missing-controlfield-tag.xml"));
        Assert.False(result.IsAccepted);
        Assert.Equal("controlfield has no tag", result.RejectionReason);
        Assert.Equal(5, result.Issues[0].Offset);
    }

    [Fact]
    public void A_datafield_without_a_tag_rejects_its_record()
    {
        var result = Assert.Single(Read("marc/marc4j/chabon-missing-datafield-tag.xml"));
        Assert.False(result.IsAccepted);
        Assert.Contains(result.Issues, i => i.Severity == MarcSeverity.Error && i.Message == "datafield has no tag" && i.Offset == 61);
        // The same file also has a <subfields> element (line 8).
        Assert.Contains(result.Issues, i => i.Severity == MarcSeverity.Error && i.Tag == "020" && i.Offset == 8);
    }

    [Fact]
    public void A_subfield_without_a_code_rejects_its_record()
    {
        var result = Assert.Single(Read("marc/marc4j/chabon-missing-subfield-code.xml"));
        Assert.False(result.IsAccepted);
        Assert.Equal("subfield has no code", result.RejectionReason);
        Assert.Equal("020", result.Issues[0].Tag);
        Assert.Equal(8, result.Issues[0].Offset);
    }

    [Fact]
    public void Issues_give_the_line_they_are_at_and_say_so()
    {
        var inRecord = Assert.Single(Read("marc/marc4j/chabon-missing-subfield-code.xml")).Issues[0];
        Assert.Equal(MarcOffsetKind.Line, inRecord.OffsetKind);
        Assert.Equal("record 1 at line 8: field 020: error: subfield has no code", inRecord.ToString());

        var notXml = Assert.Single(Read("marc/koha/koha-sample-biblio-with-control-chars-NOT-WELLFORMED.xml")).Issues[0];
        Assert.Equal(MarcOffsetKind.Line, notXml.OffsetKind);
        Assert.StartsWith($"record 1 at line {notXml.Offset}: error: the XML is not well-formed", notXml.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_element_in_a_field_rejects_its_record_rather_than_lose_its_content()
    {
        var result = Assert.Single(Read("marc/marc4j/chabon-bad-subfields-element.xml"));
        Assert.False(result.IsAccepted);
        Assert.Equal("element <subfields> is not part of a MARCXML field (expected <subfield>)", result.RejectionReason);
    }

    [Fact]
    public void A_bad_second_record_is_rejected_after_the_first_is_read()
    {
        // Record 2 holds a 0x07 in an attribute: not well-formed, so reading stops there and record 3 is not reached.
        var results = Read("marc/ruby-marc/three-records-second-bad.xml");
        Assert.Equal(2, results.Count);
        Assert.True(results[0].IsAccepted);
        Assert.Empty(results[0].Issues);
        Assert.False(results[1].IsAccepted);
        Assert.Equal(2, results[1].RecordNumber);
        Assert.Equal(55, results[1].Offset);
        Assert.StartsWith("the XML is not well-formed at line 72, column 29: ", results[1].RejectionReason, StringComparison.Ordinal);
        Assert.Contains("0x07", results[1].RejectionReason, StringComparison.Ordinal);
        Assert.StartsWith("    <record>", Encoding.UTF8.GetString(results[1].Raw.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_leader_with_markup_in_it_is_kept_as_given_with_a_warning()
    {
        var result = Assert.Single(Read("marc/ruby-marc/messed_up_leader.xml"));
        Assert.True(result.IsAccepted);
        Assert.Equal("01301nam a22003618< 4500", result.Record!.Leader.Value);
        Assert.Equal("leader/18 '<' does not fit the MARC21 leader pattern; kept as given", Assert.Single(result.Issues).Message);
        Assert.Equal("Applied ecotoxicology /", result.Record.Value("245", 'a'));
    }

    [Fact]
    public void A_two_digit_tag_is_read_with_a_leading_zero_and_a_short_leader_is_padded()
    {
        // pymarc's bad_tag.xml: ns0 prefix, a 17-character leader and tag="42".
        var result = Assert.Single(Read("marc/pymarc/bad_tag.xml"));
        Assert.True(result.IsAccepted);
        Assert.Equal("      Z   22 4500       ", result.Record!.Leader.Value);
        Assert.Equal("dc", result.Record.Value("042", 'a'));
        Assert.Contains(result.Issues, i => i.Tag == "042" && i.Message == "datafield tag '42' has fewer than three digits; read as '042'");
        Assert.Contains(result.Issues, i => i.Message.StartsWith("leader '      Z   22 4500' has 17 characters", StringComparison.Ordinal));
        Assert.Equal(15, result.Record.Fields.Length);
    }

    [Fact]
    public void Missing_indicators_are_read_as_blanks_with_warnings()
    {
        var result = Assert.Single(Read("marc/marc4j/cruel-cruel-indicatorless-summerland.xml"));
        Assert.True(result.IsAccepted);
        Assert.Equal("  ", result.Record!.DataField("911")!.Indicators);
        Assert.Equal(["indicator 1 is missing; assuming blank", "indicator 2 is missing; assuming blank"], result.Issues.Select(i => i.Message));
    }

    [Fact]
    public void OAI_PMH_headers_in_the_MARC_namespace_reject_the_record()
    {
        // marc4j's Koha export puts <identifier> and <datestamp> inside the MARC record element.
        var result = Assert.Single(Read("marc/marc4j/1474920681_KOHA_LFL_5.xml"));
        Assert.False(result.IsAccepted);
        Assert.Equal("element <identifier> is not part of a MARCXML record", result.RejectionReason);
    }
}
