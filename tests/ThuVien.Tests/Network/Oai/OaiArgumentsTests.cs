using ThuVien.Network.Oai;

namespace ThuVien.Tests.Network.Oai;

public sealed class OaiArgumentsTests
{
    private static OaiResult<OaiRequest> Parse(params (string Name, string Value)[] arguments) =>
        OaiArguments.Parse(arguments.GroupBy(a => a.Name).Select(g => new KeyValuePair<string, string[]>(g.Key, [.. g.Select(a => a.Value)])));

    private static string Code(OaiResult<OaiRequest> result) => Assert.Single(result.Errors.Select(e => e.Code).Distinct());

    [Fact]
    public void Reads_a_list_request_with_every_argument()
    {
        var result = Parse(("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("set", "library:MAIN"), ("from", "2026-01-01"), ("until", "2026-01-31"));

        var request = Assert.IsType<OaiRequest>(result.Value);
        Assert.Equal(OaiVerb.ListRecords, request.Verb);
        Assert.Equal("library:MAIN", request.Set);
        Assert.Equal(new DateTime(2026, 1, 31, 0, 0, 0, DateTimeKind.Utc), request.Until!.Value.Start);
        Assert.Equal(5, request.Echo.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("identify")]
    [InlineData("1")]
    [InlineData("Identify,ListSets")]
    [InlineData("Harvest")]
    public void Refuses_a_missing_or_unknown_verb_with_badVerb(string? verb)
    {
        var result = verb is null ? Parse(("metadataPrefix", "oai_dc")) : Parse(("verb", verb));

        Assert.Equal("badVerb", Code(result));
    }

    [Fact]
    public void Refuses_a_repeated_verb_with_badVerb() =>
        Assert.Equal("badVerb", Code(Parse(("verb", "Identify"), ("verb", "Identify"))));

    [Theory]
    [InlineData("Identify", "metadataPrefix", "oai_dc")]
    [InlineData("ListSets", "set", "type:book")]
    [InlineData("GetRecord", "from", "2026-01-01")]
    [InlineData("ListRecords", "Set", "type:book")]
    public void Refuses_an_argument_the_verb_does_not_take_with_badArgument(string verb, string name, string value)
    {
        var extra = verb is "GetRecord" ? new[] { ("identifier", "oai:thuvien.vn:1"), ("metadataPrefix", "oai_dc") } : verb is "ListRecords" ? [("metadataPrefix", "oai_dc")] : [];

        Assert.Equal("badArgument", Code(Parse([("verb", verb), .. extra, (name, value)])));
    }

    [Fact]
    public void Refuses_a_repeated_argument_with_badArgument() =>
        Assert.Equal("badArgument", Code(Parse(("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("metadataPrefix", "marc21"))));

    [Theory]
    [InlineData("ListRecords")]
    [InlineData("ListIdentifiers")]
    [InlineData("GetRecord")]
    public void Refuses_a_request_without_its_required_arguments(string verb) =>
        Assert.Equal("badArgument", Code(Parse(("verb", verb))));

    [Fact]
    public void Refuses_a_resumption_token_sent_with_other_arguments() =>
        Assert.Equal("badArgument", Code(Parse(("verb", "ListRecords"), ("resumptionToken", "abc"), ("metadataPrefix", "oai_dc"))));

    [Fact]
    public void Takes_a_resumption_token_alone_without_checking_it_yet()
    {
        var result = Parse(("verb", "ListIdentifiers"), ("resumptionToken", "whatever"));

        Assert.Equal("whatever", result.Value?.ResumptionToken);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("2026-01-01T00:00:00")]
    [InlineData("2026-01-01T00:00:00.5Z")]
    [InlineData("2026-01-01T25:00:00Z")]
    [InlineData("2026-1-1")]
    [InlineData("yesterday")]
    [InlineData("2026-01-01T00:00:00+07:00")]
    public void Refuses_a_malformed_date_with_badArgument(string date) =>
        Assert.Equal("badArgument", Code(Parse(("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("from", date))));

    [Fact]
    public void Refuses_bounds_of_different_granularities() =>
        Assert.Equal("badArgument", Code(Parse(("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("from", "2026-01-01"), ("until", "2026-01-02T00:00:00Z"))));

    [Fact]
    public void Refuses_a_from_later_than_the_until() =>
        Assert.Equal("badArgument", Code(Parse(("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("from", "2026-02-01"), ("until", "2026-01-01"))));

    [Theory]
    [InlineData("type book")]
    [InlineData("library:")]
    [InlineData(":book")]
    [InlineData("thư-viện")]
    public void Refuses_a_set_that_is_not_a_setSpec(string set) =>
        Assert.Equal("badArgument", Code(Parse(("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("set", set))));

    [Fact]
    public void Refuses_a_metadata_prefix_with_characters_no_prefix_has() =>
        Assert.Equal("badArgument", Code(Parse(("verb", "ListRecords"), ("metadataPrefix", "<oai_dc>"))));

    [Fact]
    public void Refuses_an_identifier_that_is_not_a_uri() =>
        Assert.Equal("badArgument", Code(Parse(("verb", "GetRecord"), ("metadataPrefix", "oai_dc"), ("identifier", "no scheme here"))));
}
