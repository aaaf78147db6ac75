using System.Text;

using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.MarcXml;

public class MarcXmlReaderTests
{
    private static List<MarcReadResult> Read(string xml, MarcReaderOptions? options = null) =>
        MarcIo.Read(Encoding.UTF8.GetBytes(xml), MarcFormat.MarcXml, options);

    private const string TwoRecords = """
        <?xml version="1.0" encoding="UTF-8"?>
        <collection xmlns="http://www.loc.gov/MARC21/slim">
          <record>
            <leader>00000nam a2200000 i 4500</leader>
            <controlfield tag="001">VN-1</controlfield>
            <datafield tag="245" ind1="1" ind2="0">
              <subfield code="a">Truyện Kiều</subfield>
            </datafield>
          </record>
          <record>
            <leader>00000nam a2200000 i 4500</leader>
            <controlfield tag="001">VN-2</controlfield>
          </record>
        </collection>
        """;

    [Fact]
    public void Reads_each_record_with_its_number_and_the_line_where_it_starts()
    {
        var results = Read(TwoRecords);
        Assert.Equal([1L, 2L], results.Select(r => r.RecordNumber));
        Assert.Equal([3L, 10L], results.Select(r => r.Offset));
        Assert.All(results, r => Assert.Empty(r.Issues));
        Assert.Equal("Truyện Kiều", results[0].Record!.Value("245", 'a'));
        Assert.Equal("VN-2", results[1].Record!.ControlNumber);
    }

    [Fact]
    public void Reads_records_whose_elements_have_a_prefix()
    {
        var results = Read("""
            <marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim">
              <marc:record><marc:leader>00000cam a2200000 a 4500</marc:leader>
                <marc:datafield tag="100" ind1="1" ind2=" "><marc:subfield code="a">Chabon, Michael.</marc:subfield></marc:datafield>
              </marc:record>
            </marc:collection>
            """);
        var result = Assert.Single(results);
        Assert.Empty(result.Issues);
        Assert.Equal("Chabon, Michael.", result.Record!.Value("100", 'a'));
    }

    [Fact]
    public void Reads_records_in_no_namespace_with_a_warning()
    {
        var result = Assert.Single(Read("<record><leader>00000nam a2200000 i 4500</leader><controlfield tag=\"001\">x</controlfield></record>"));
        Assert.Equal("x", result.Record!.ControlNumber);
        Assert.Contains("no namespace", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_the_records_inside_an_OAI_PMH_response()
    {
        // The OAI <record> is in the OAI namespace and is not a MARC record; the one inside <metadata> is.
        var results = Read("""
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords>
              <record><header><identifier>oai:x:1</identifier></header><metadata>
                <marc:record xmlns:marc="http://www.loc.gov/MARC21/slim"><marc:leader>00000nam a2200000 i 4500</marc:leader>
                  <marc:controlfield tag="001">1</marc:controlfield></marc:record>
              </metadata></record>
            </ListRecords></OAI-PMH>
            """);
        Assert.Equal("1", Assert.Single(results).Record!.ControlNumber);
    }

    [Fact]
    public void Blank_and_empty_values_are_kept_as_they_are()
    {
        var record = Assert.Single(Read("""
            <record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 i 4500</leader>
              <controlfield tag="008">   </controlfield>
              <datafield tag="245" ind1=" " ind2=" "><subfield code="a"> </subfield><subfield code="b"/><subfield code="c"></subfield></datafield>
            </record>
            """)).Record!;
        Assert.Equal("   ", record.Control("008"));
        Assert.Equal([" ", "", ""], record.DataField("245")!.Subfields.Select(s => s.Value));
    }

    [Fact]
    public void Entities_character_references_and_CDATA_are_text_and_comments_are_ignored()
    {
        var record = Assert.Single(Read("""
            <record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 i 4500</leader>
              <!-- a comment -->
              <datafield tag="245" ind1="0" ind2="0"><subfield code="a">A &amp; B &#x1EC7;<![CDATA[ <C> ]]><!-- no --></subfield></datafield>
            </record>
            """)).Record!;
        Assert.Equal("A & B ệ <C> ", record.Value("245", 'a'));
    }

    [Fact]
    public void Text_and_leader_are_kept_as_given()
    {
        // Decomposed (NFD) text stays decomposed, and leader/09 stays blank: the reader does not normalise.
        var result = Assert.Single(Read("<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>01234nam  2200289 a 4500</leader><datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">Kie\u0300u</subfield></datafield></record>"));
        Assert.Equal("01234nam  2200289 a 4500", result.Record!.Leader.Value);
        Assert.Equal("Kie\u0300u", result.Record.Value("245", 'a'));
    }

    [Fact]
    public void Reads_as_many_indicators_as_leader_10_gives()
    {
        var results = Read("""
            <collection xmlns="http://www.loc.gov/MARC21/slim">
            <record><leader>00000nam0a32000001  450 </leader><datafield tag="001" ind1="0" ind2="1" ind3="2"><subfield code="a">x</subfield></datafield></record>
            <record><leader>00000nam a2200000 i 4500</leader><datafield tag="245" ind1="0" ind2="1" ind3="2"><subfield code="a">x</subfield></datafield></record>
            </collection>
            """);
        Assert.Equal("012", results[0].Record!.DataField("001")!.Indicators);
        Assert.Equal("01", results[1].Record!.DataField("245")!.Indicators);
        Assert.Contains(results[1].Issues, i => i.Message.Contains("ind3 '2' is not read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_leader_is_replaced_with_a_blank_one_and_reported()
    {
        var result = Assert.Single(Read("<record xmlns=\"http://www.loc.gov/MARC21/slim\"><controlfield tag=\"001\">x</controlfield></record>"));
        Assert.Equal("00000n   a2200000   4500", result.Record!.Leader.Value);
        Assert.Contains("no leader", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_controlfield_with_subfields_is_read_as_a_data_field_with_a_warning()
    {
        var result = Assert.Single(Read("<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 i 4500</leader><controlfield tag=\"001\"><subfield code=\"a\">9 181 423 4</subfield></controlfield></record>"));
        Assert.Equal("9 181 423 4", result.Record!.Value("001", 'a'));
        Assert.Contains(result.Issues, i => i.Tag == "001" && i.Message.Contains("holds subfields", StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_that_cannot_be_placed_is_rejected_and_reading_goes_on()
    {
        var results = Read("""
            <collection xmlns="http://www.loc.gov/MARC21/slim">
            <record><leader>00000nam a2200000 i 4500</leader><controlfield tag="001">1</controlfield></record>
            <record><leader>00000nam a2200000 i 4500</leader><datafield tag="1234" ind1=" " ind2=" "><subfield code="a">x</subfield></datafield></record>
            <record><leader>00000nam a2200000 i 4500</leader><datafield tag="245" ind1="10" ind2=" "><subfield code="ab">x</subfield></datafield></record>
            <record><leader>00000nam a2200000 i 4500</leader><controlfield tag="001">4</controlfield></record>
            </collection>
            """);
        Assert.Equal([true, false, false, true], results.Select(r => r.IsAccepted));
        Assert.Equal("datafield tag '1234' is not three letters or digits", results[1].RejectionReason);
        Assert.Equal(3, results[1].Offset);
        Assert.Contains(results[2].Issues, i => i.Message == "indicator 1 '10' is not one character");
        Assert.Contains(results[2].Issues, i => i.Message == "subfield code 'ab' is not one character");
        Assert.Contains("<datafield tag=\"1234\"", Encoding.UTF8.GetString(results[1].Raw.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_rejects_a_record_that_needs_a_repair()
    {
        var xml = "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 i 4500</leader><datafield tag=\"245\" ind2=\"0\"><subfield code=\"a\">x</subfield></datafield></record>";
        Assert.True(Assert.Single(Read(xml)).IsAccepted);
        var strict = Assert.Single(Read(xml, new MarcReaderOptions { Permissive = false }));
        Assert.False(strict.IsAccepted);
        Assert.Equal("strict mode: the record needs repairs", strict.RejectionReason);
        Assert.Contains(strict.Issues, i => i.Message == "indicator 1 is missing; assuming blank");
    }

    [Fact]
    public void Raw_keeps_the_lines_of_a_record_when_asked()
    {
        var results = Read(TwoRecords, new MarcReaderOptions { KeepRaw = true });
        var raw = Encoding.UTF8.GetString(results[1].Raw.Span);
        Assert.StartsWith("  <record>", raw, StringComparison.Ordinal);
        Assert.EndsWith("  </record>\n", raw, StringComparison.Ordinal);
        Assert.Contains("VN-2", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("VN-1", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_one_after_another_without_a_collection_are_read_with_a_warning()
    {
        var results = MarcIo.ReadFile(TestData.Require("marc/evergreen/serials_marc21.xml"), MarcFormat.MarcXml);
        Assert.True(results.Count > 1);
        Assert.All(results, r => Assert.True(r.IsAccepted, r.RejectionReason));
        Assert.Contains(results[1].Issues, i => i.Message.Contains("several root elements", StringComparison.Ordinal));
    }

    [Fact]
    public void Input_that_is_not_XML_is_one_rejection()
    {
        // ISO 2709 given to the XML reader: its first field terminator (0x1E) is not an XML character.
        var iso = Assert.Single(MarcIo.ReadFile(TestData.Require("marc/marc4j/chabon.mrc"), MarcFormat.MarcXml));
        Assert.False(iso.IsAccepted);
        Assert.StartsWith("the XML is not well-formed at line 1, column 229: ", iso.RejectionReason, StringComparison.Ordinal);
        var text = Assert.Single(Read("Nguyễn Du, Truyện Kiều"));
        Assert.Equal("text outside any element at line 1: the input is not XML; reading stops here", text.RejectionReason);
    }

    [Fact]
    public void Empty_input_has_no_records()
    {
        Assert.Empty(Read(string.Empty));
    }

    [Fact]
    public void Reads_lazily_so_an_endless_input_can_be_consumed_in_part()
    {
        using var reader = MarcFormats.OpenReader(new EndlessStream(
            "<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n",
            "<record><leader>00000nam a2200000 i 4500</leader><controlfield tag=\"001\">n</controlfield></record>\n"), MarcFormat.MarcXml);
        var first = reader.Take(20_000).ToList();
        Assert.Equal(20_000, first.Count);
        Assert.All(first, r => Assert.Equal("n", r.Record!.ControlNumber));
        Assert.Equal(20_000, first[^1].RecordNumber);
    }
}
