using System.Text;

using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.MarcJson;

public class MarcJsonReaderTests
{
    private const string One = """{"leader":"00000nam a2200000 i 4500","fields":[{"001":"1"},{"245":{"ind1":"1","ind2":"0","subfields":[{"a":"Truyện Kiều"}]}}]}""";

    private static List<MarcReadResult> Read(string json, MarcReaderOptions? options = null) =>
        MarcIo.Read(Encoding.UTF8.GetBytes(json), MarcFormat.MarcJson, options);

    [Fact]
    public void Reads_a_single_object_an_array_and_objects_one_after_another_alike()
    {
        var single = Read(One);
        var array = Read($"[{One},\n{One}]");
        var lines = Read($"{One}\n{One}\n{One}\n");
        Assert.Single(single);
        Assert.Equal(2, array.Count);
        Assert.Equal(3, lines.Count);
        Assert.All(single.Concat(array).Concat(lines), r =>
        {
            Assert.Empty(r.Issues);
            Assert.Equal("Truyện Kiều", r.Record!.Value("245", 'a'));
            Assert.Equal("10", r.Record.DataField("245")!.Indicators);
        });
        Assert.Equal([1L, 2L, 3L], lines.Select(r => r.Offset));
        Assert.Equal([1L, 2L, 3L], lines.Select(r => r.RecordNumber));
    }

    [Fact]
    public void A_leader_after_the_fields_still_gives_the_indicator_count()
    {
        var result = Assert.Single(Read("""{"fields":[{"001":{"ind1":"0","ind2":"0","ind3":"1","subfields":[{"a":"x"}]}}],"leader":"00000nam0a32000001  450 "}"""));
        Assert.Equal("001", result.Record!.DataField("001")!.Indicators);
        Assert.Equal("00000nam0a32000001  450 ", result.Record.Leader.Value);
    }

    [Fact]
    public void A_record_of_the_wrong_shape_is_rejected_and_reading_goes_on()
    {
        var results = Read($$$"""
            [{{{One}}},
             {"leader":"00000nam a2200000 i 4500","fields":5},
             {"leader":"00000nam a2200000 i 4500","fields":[{"245":{"ind1":"0","ind2":"0","subfields":[{"a":["x"]}]}}]},
             "not a record",
             {"id":"7","content":"…"},
             {{{One}}}]
            """);
        Assert.Equal([true, false, false, false, false, true], results.Select(r => r.IsAccepted));
        Assert.Equal("\"fields\" is a number, not an array", results[1].RejectionReason);
        Assert.Equal(2, results[1].Offset);
        Assert.Equal("subfield a is an array, not a string", results[2].RejectionReason);
        Assert.Equal("the JSON value at line 4 is a string, not a record object", results[3].RejectionReason);
        Assert.Equal("the object has neither \"leader\" nor \"fields\": it is not a MARC-in-JSON record", results[4].RejectionReason);
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], results.Select(r => r.RecordNumber));
        Assert.Equal("{\"leader\":\"00000nam a2200000 i 4500\",\"fields\":5}", Encoding.UTF8.GetString(results[1].Raw.Span));
    }

    [Fact]
    public void Malformed_JSON_is_one_rejection_with_line_and_byte_after_the_records_before_it()
    {
        var results = Read($"[{One},\n{{\"leader\": \"00000nam a2200000 i 4500\",\n  \"fields\": [{{\"001\" \"x\"}}]}}]");
        Assert.Equal(2, results.Count);
        Assert.True(results[0].IsAccepted);
        Assert.False(results[1].IsAccepted);
        Assert.Equal(3, results[1].Offset);
        Assert.StartsWith("the JSON is not well-formed at line 3, byte 21 of the line: ", results[1].RejectionReason, StringComparison.Ordinal);
        Assert.EndsWith("Reading stops here.", results[1].RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_odd_values_are_repaired_with_warnings()
    {
        var result = Assert.Single(Read("""
            {"leader":"00000nam a2200000 i 4500","fields":[
              {"245":{"ind2":"","subfields":[{"a":null},{"b":12},{"c":true}]}},
              {"650":{"ind1":" ","ind2":"0"}},
              {"500":"plain"},
              {"010":null, "020":{"ind1":" ","ind2":" ","subfields":[]}},
              {"42":"tag"}
            ]}
            """));
        Assert.True(result.IsAccepted);
        var record = result.Record!;
        Assert.Equal("  ", record.DataField("245")!.Indicators);
        Assert.Equal(["", "12", "true"], record.DataField("245")!.Subfields.Select(s => s.Value));
        Assert.Equal("plain", record.Control("500"));
        Assert.Equal("tag", record.Control("042"));
        Assert.Equal(["245", "650", "500", "020", "042"], record.Fields.Select(f => f.Tag));
        string[] expected =
        [
            "indicator 1 is missing; assuming blank",
            "indicator 2 is empty; assuming blank",
            "subfield a is null; read as empty",
            "subfield b is a number, not a string; read as '12'",
            "subfield c is a boolean, not a string; read as 'true'",
            "field 650 has no \"subfields\"",
            "field 500 has a plain value; read as a control field",
            "field 042 has a plain value; read as a control field",
            "field 010 is null; skipped",
            "field 4 holds 2 fields; each is read",
            "field tag '42' has fewer than three digits; read as '042'",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), result.Issues.Select(i => i.Message).Order(StringComparer.Ordinal));
        Assert.Equal(2, result.Issues.First(i => i.Tag == "245").Offset);
        Assert.Equal(6, result.Issues.First(i => i.Tag == "042").Offset);
    }

    [Fact]
    public void Invalid_UTF_8_and_escaped_lone_surrogates_become_U_FFFD_with_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"leader\":\"00000nam a2200000 i 4500\",\"fields\":[{\"001\":\"a#b\"},{\"003\":\"c\\ud800d\"}]}");
        bytes[bytes.AsSpan().IndexOf((byte)'#')] = 0xC3;
        var result = Assert.Single(MarcIo.Read(bytes, MarcFormat.MarcJson));
        Assert.True(result.IsAccepted);
        Assert.Equal("a\uFFFDb", result.Record!.Control("001"));
        Assert.Equal("c\uFFFDd", result.Record.Control("003"));
        Assert.Equal(2, result.Issues.Count(i => i.Message.Contains("replaced with U+FFFD", StringComparison.Ordinal)));
    }

    [Fact]
    public void Strict_mode_rejects_a_record_that_needs_a_repair()
    {
        var json = """{"leader":"00000nam a2200000 i 4500","fields":[{"245":{"ind1":"0","subfields":[{"a":"x"}]}}]}""";
        Assert.True(Assert.Single(Read(json)).IsAccepted);
        Assert.Equal("strict mode: the record needs repairs", Assert.Single(Read(json, new MarcReaderOptions { Permissive = false })).RejectionReason);
    }

    [Fact]
    public void A_byte_order_mark_and_empty_input_are_handled()
    {
        Assert.True(Assert.Single(Read("\uFEFF" + One)).IsAccepted);
        Assert.Empty(Read(string.Empty));
        Assert.Empty(Read("  \n "));
    }

    [Fact]
    public void A_record_larger_than_the_read_buffer_is_read_whole()
    {
        var subfields = string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"{{\"a\":\"Hà Nội {i}\"}}"));
        var json = $"[{{\"leader\":\"00000nam a2200000 i 4500\",\"fields\":[{{\"500\":{{\"ind1\":\" \",\"ind2\":\" \",\"subfields\":[{subfields}]}}}}]}}]";
        var result = Assert.Single(Read(json));
        Assert.True(result.IsAccepted);
        Assert.Equal(20_000, result.Record!.DataField("500")!.Subfields.Length);
    }

    [Fact]
    public void Reads_lazily_so_an_endless_array_can_be_consumed_in_part()
    {
        using var reader = MarcFormats.OpenReader(new EndlessStream("[", One + ",\n"), MarcFormat.MarcJson);
        var first = reader.Take(20_000).ToList();
        Assert.Equal(20_000, first.Count);
        Assert.All(first, r => Assert.Equal("1", r.Record!.ControlNumber));
        Assert.Equal(20_000, first[^1].Offset);
    }
}
