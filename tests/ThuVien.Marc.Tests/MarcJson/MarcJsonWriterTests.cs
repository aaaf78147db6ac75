using System.Text;
using System.Text.Json;

using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.MarcJson;

public class MarcJsonWriterTests
{
    private static readonly MarcRecord Kieu = new(
        new Leader("00000nam  2200000 i 4500"),
        new ControlField("001", "VN-0001"),
        new DataField("245", '1', '0', new Subfield('a', "Truyện Kiều /"), new Subfield('c', "Nguyễn Du.")));

    private static string Json(IEnumerable<MarcRecord> records, MarcWriterOptions? options = null) =>
        Encoding.UTF8.GetString(MarcIo.Write(records, MarcFormat.MarcJson, options));

    [Fact]
    public void Writes_an_array_of_records_in_the_MARC_in_JSON_shape()
    {
        var json = Json([Kieu]);
        Assert.Equal(
            """[{"leader":"00000nam a2200000 i 4500","fields":[{"001":"VN-0001"},{"245":{"ind1":"1","ind2":"0","subfields":[{"a":"Truyện Kiều /"},{"c":"Nguyễn Du."}]}}]}]""" + "\n",
            json);
    }

    [Fact]
    public void Vietnamese_letters_are_written_as_they_are_not_as_escapes()
    {
        var bytes = MarcIo.Write(Kieu, MarcFormat.MarcJson);
        Assert.True(bytes.AsSpan().IndexOf("Truyện Kiều"u8) >= 0);
        Assert.DoesNotContain("\\u", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_written_record_reads_back_equal()
    {
        var back = MarcIo.RoundTrip(Kieu, MarcFormat.MarcJson);
        Assert.True(Kieu.WithLeader(Kieu.Leader.With(9, 'a')).ContentEquals(back), back.ToString());
    }

    [Fact]
    public void Quotes_backslashes_and_controls_are_escaped_and_read_back()
    {
        var record = new MarcRecord(Leader.Default,
            new DataField("500", ' ', ' ', new Subfield('a', "say \"hi\" \\ <b>&</b>\u0001\t\r\n"), new Subfield('"', "q")));
        var json = Json([record]);
        Assert.Contains("say \\\"hi\\\" \\\\ <b>&</b>\\u0001\\t\\r\\n", json, StringComparison.Ordinal);
        Assert.Equal(record.Fields[0].ToString(), MarcIo.RoundTrip(record, MarcFormat.MarcJson).Fields[0].ToString());
    }

    [Fact]
    public void An_unpaired_surrogate_is_written_as_U_FFFD()
    {
        var record = new MarcRecord(Leader.Default, new DataField("245", '0', '0', new Subfield('a', "a\uD800b 😀")));
        Assert.Equal("a\uFFFDb 😀", MarcIo.RoundTrip(record, MarcFormat.MarcJson).Value("245", 'a'));
    }

    [Fact]
    public void A_record_with_three_indicators_gets_ind3()
    {
        var record = new MarcRecord(new Leader("00000nam0a32000001  450 "), new DataField("001", "000", [new Subfield('a', "x")]));
        Assert.Contains("{\"001\":{\"ind1\":\"0\",\"ind2\":\"0\",\"ind3\":\"0\",\"subfields\"", Json([record]), StringComparison.Ordinal);
        var back = Assert.Single(MarcIo.Read(MarcIo.Write(record, MarcFormat.MarcJson), MarcFormat.MarcJson));
        Assert.Equal("000", back.Record!.DataField("001")!.Indicators);
    }

    [Fact]
    public void Without_a_collection_each_record_is_one_line()
    {
        // Indent is ignored here: one object per line is the point of the layout.
        var json = Json([Kieu, Kieu, Kieu], new MarcWriterOptions { Collection = false, Indent = true });
        var lines = json.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, line => Assert.Equal("00000nam a2200000 i 4500", JsonDocument.Parse(line).RootElement.GetProperty("leader").GetString()));
        var back = MarcIo.Read(Encoding.UTF8.GetBytes(json), MarcFormat.MarcJson);
        Assert.Equal([1L, 2L, 3L], back.Select(r => r.Offset));
        Assert.All(back, r => Assert.Empty(r.Issues));
    }

    [Fact]
    public void Indented_output_reads_back_the_same()
    {
        var json = Json([Kieu, Kieu], new MarcWriterOptions { Indent = true });
        Assert.Contains("\n  {\n    \"leader\": \"00000nam a2200000 i 4500\",", json, StringComparison.Ordinal);
        var back = MarcIo.Read(Encoding.UTF8.GetBytes(json), MarcFormat.MarcJson);
        Assert.Equal(2, back.Count);
        Assert.All(back, r => Assert.True(r.Record!.ContentEquals(back[0].Record!)));
        Assert.Equal([2L, 24L], back.Select(r => r.Offset));
    }

    [Fact]
    public void A_writer_with_no_records_writes_an_empty_array()
    {
        Assert.Equal("[]\n", Json([]));
        Assert.Empty(MarcIo.Read("[]"u8.ToArray(), MarcFormat.MarcJson));
    }
}
