using System.Text;

using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.MarcXml;

public class MarcXmlWriterTests
{
    private static readonly MarcRecord Kieu = new(
        new Leader("00000nam  2200000 i 4500"),
        new ControlField("001", "VN-0001"),
        new DataField("100", '0', ' ', new Subfield('a', "Nguyễn Du")),
        new DataField("245", '1', '0', new Subfield('a', "Truyện Kiều /"), new Subfield('c', "Nguyễn Du.")));

    private static string Xml(MarcRecord record, MarcWriterOptions? options = null) =>
        Encoding.UTF8.GetString(MarcIo.Write(record, MarcFormat.MarcXml, options));

    [Fact]
    public void Writes_a_UTF_8_collection_in_the_MARC21_slim_namespace()
    {
        var xml = Xml(Kieu);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n<record>", xml, StringComparison.Ordinal);
        Assert.EndsWith("</record>\n</collection>\n", xml, StringComparison.Ordinal);
        Assert.Contains("<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">Truyện Kiều /</subfield>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Leader_09_says_Unicode_because_the_output_is_UTF_8()
    {
        Assert.Contains("<leader>00000nam a2200000 i 4500</leader>", Xml(Kieu), StringComparison.Ordinal);
    }

    [Fact]
    public void A_written_record_reads_back_equal()
    {
        var back = MarcIo.RoundTrip(Kieu, MarcFormat.MarcXml);
        Assert.True(Kieu.WithLeader(Kieu.Leader.With(9, 'a')).ContentEquals(back), back.ToString());
    }

    [Fact]
    public void Markup_characters_are_escaped_in_text_and_attributes()
    {
        var record = new MarcRecord(Leader.Default,
            new DataField("500", ' ', ' ', new Subfield('a', "Tom & Jerry <1940> \"cartoon\" 'MGM'"), new Subfield('&', "x"), new Subfield('"', "y")));
        var xml = Xml(record);
        Assert.Contains(">Tom &amp; Jerry &lt;1940&gt; \"cartoon\" 'MGM'</subfield>", xml, StringComparison.Ordinal);
        Assert.Contains("code=\"&amp;\"", xml, StringComparison.Ordinal);
        Assert.Contains("code=\"&quot;\"", xml, StringComparison.Ordinal);
        var back = Assert.Single(MarcIo.Read(Encoding.UTF8.GetBytes(xml), MarcFormat.MarcXml)).Record!;
        Assert.Equal(record.Fields[0].ToString(), back.Fields[0].ToString());
    }

    [Fact]
    public void Characters_XML_1_0_forbids_are_written_as_U_FFFD()
    {
        // C0 controls (here the ISO 2709 delimiters themselves), U+FFFE/U+FFFF and a lone surrogate cannot appear in XML 1.0 (§2.2).
        var record = new MarcRecord(Leader.Default,
            new ControlField("001", "a\u001Fb\u001Ec"),
            new DataField("245", '0', '0', new Subfield('a', "x\u0000y\uFFFEz\uFFFF\uD800!")));
        var back = Assert.Single(MarcIo.Read(MarcIo.Write(record, MarcFormat.MarcXml), MarcFormat.MarcXml));
        Assert.True(back.IsAccepted, back.RejectionReason);
        Assert.Equal("a\uFFFDb\uFFFDc", back.Record!.ControlNumber);
        Assert.Equal("x\uFFFDy\uFFFDz\uFFFD\uFFFD!", back.Record.Value("245", 'a'));
    }

    [Fact]
    public void Carriage_returns_tabs_and_line_feeds_survive_a_round_trip()
    {
        // A parser turns CR LF into LF and tabs in attributes into blanks unless they are character references.
        var record = new MarcRecord(Leader.Default, new DataField("520", ' ', ' ', new Subfield('a', "one\r\ntwo\rthree\tfour\nfive")));
        var back = MarcIo.RoundTrip(record, MarcFormat.MarcXml);
        Assert.Equal("one\r\ntwo\rthree\tfour\nfive", back.Value("520", 'a'));
    }

    [Fact]
    public void Characters_outside_the_Basic_Multilingual_Plane_and_unnormalised_text_are_kept()
    {
        // "Truyện" decomposed (NFD) must stay decomposed: the codec does not normalise.
        var decomposed = "Truye\u0323\u0302n Kie\u0300u 𠀀 😀";
        var record = new MarcRecord(Leader.Default, new DataField("245", '1', '0', new Subfield('a', decomposed)));
        Assert.Equal(decomposed, MarcIo.RoundTrip(record, MarcFormat.MarcXml).Value("245", 'a'));
    }

    [Fact]
    public void A_value_larger_than_the_output_buffer_is_written_whole()
    {
        var huge = string.Concat(Enumerable.Repeat("Hà Nội & 東京 😀 ", 40_000));
        var record = new MarcRecord(Leader.Default, new DataField("520", ' ', ' ', new Subfield('a', huge)));
        Assert.Equal(huge, MarcIo.RoundTrip(record, MarcFormat.MarcXml).Value("520", 'a'));
    }

    [Fact]
    public void A_record_with_three_indicators_gets_an_ind3_attribute()
    {
        var record = new MarcRecord(new Leader("00000nam0a32000001  450 "),
            new DataField("001", "000", [new Subfield('a', "9 181 423 4")]));
        var xml = Xml(record);
        Assert.Contains("<datafield tag=\"001\" ind1=\"0\" ind2=\"0\" ind3=\"0\">", xml, StringComparison.Ordinal);
        var back = Assert.Single(MarcIo.Read(Encoding.UTF8.GetBytes(xml), MarcFormat.MarcXml)).Record!;
        Assert.Equal("000", back.DataField("001")!.Indicators);
    }

    [Fact]
    public void Without_a_collection_one_record_is_its_own_document()
    {
        var options = new MarcWriterOptions { Collection = false };
        var xml = Xml(Kieu, options);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<record xmlns=\"http://www.loc.gov/MARC21/slim\">", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("collection", xml, StringComparison.Ordinal);
        Assert.True(Assert.Single(MarcIo.Read(Encoding.UTF8.GetBytes(xml), MarcFormat.MarcXml)).IsAccepted);

        using var writer = MarcFormats.OpenWriter(new MemoryStream(), MarcFormat.MarcXml, options);
        writer.Write(Kieu);
        Assert.Throws<MarcWriteException>(() => writer.Write(Kieu));
    }

    [Fact]
    public void Indented_output_reads_back_the_same_as_compact_output()
    {
        var indented = MarcIo.Write([Kieu, Kieu], MarcFormat.MarcXml, new MarcWriterOptions { Indent = true });
        var compact = MarcIo.Write([Kieu, Kieu], MarcFormat.MarcXml);
        Assert.Contains("\n  <record>\n    <leader>", Encoding.UTF8.GetString(indented), StringComparison.Ordinal);
        Assert.Contains("\n      <subfield code=\"a\">Nguyễn Du</subfield>\n    </datafield>", Encoding.UTF8.GetString(indented), StringComparison.Ordinal);
        Assert.True(indented.Length > compact.Length);
        var a = MarcIo.Read(indented, MarcFormat.MarcXml);
        var b = MarcIo.Read(compact, MarcFormat.MarcXml);
        Assert.Equal(2, a.Count);
        Assert.All(a.Zip(b), pair => Assert.True(pair.First.Record!.ContentEquals(pair.Second.Record!)));
        Assert.All(a, r => Assert.Empty(r.Issues));
    }

    [Fact]
    public void A_writer_with_no_records_writes_an_empty_collection()
    {
        var bytes = MarcIo.Write([], MarcFormat.MarcXml);
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n</collection>\n", Encoding.UTF8.GetString(bytes));
        Assert.Empty(MarcIo.Read(bytes, MarcFormat.MarcXml));
    }

    [Fact]
    public void Records_are_refused_after_the_output_is_complete()
    {
        using var writer = MarcFormats.OpenWriter(new MemoryStream(), MarcFormat.MarcXml);
        writer.Complete();
        Assert.Throws<InvalidOperationException>(() => writer.Write(Kieu));
    }
}
