using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Network.Oai;
using ThuVien.Storage;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Network;

/// <summary>The OAI-PMH provider at /oai of a real node, as a harvester sees it; run once per database engine.</summary>
public abstract class OaiEndpointTests(Engine engine) : NodeTests(engine)
{
    private static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Marc = "http://www.loc.gov/MARC21/slim";

    [Fact]
    public async Task Every_verb_answers_with_a_response_the_official_schemas_accept()
    {
        var node = await NodeAsync(demo: true);
        var id = await FirstIdentifierAsync(node);
        string[] requests =
        [
            "verb=Identify",
            "verb=ListMetadataFormats",
            $"verb=ListMetadataFormats&identifier={id}",
            "verb=ListSets",
            "verb=ListIdentifiers&metadataPrefix=oai_dc",
            "verb=ListIdentifiers&metadataPrefix=marc21&set=type:book",
            "verb=ListRecords&metadataPrefix=oai_dc",
            "verb=ListRecords&metadataPrefix=marc21",
            $"verb=GetRecord&metadataPrefix=oai_dc&identifier={id}",
            $"verb=GetRecord&metadataPrefix=marc21&identifier={id}",
        ];

        foreach (var query in requests)
        {
            var (status, xml) = await GetAsync(node, query);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Empty(XDocument.Parse(xml).Descendants(Oai + "error"));
            await AssertValidAsync(xml, query);
        }
    }

    [Fact]
    public async Task Every_error_is_the_specifications_code_in_a_valid_200_response()
    {
        var node = await NodeAsync(demo: true);
        var id = await FirstIdentifierAsync(node);
        (string Query, string Code)[] requests =
        [
            ("", "badVerb"),
            ("verb=Harvest", "badVerb"),
            ("verb=Identify&verb=Identify", "badVerb"),
            ("verb=Identify&metadataPrefix=oai_dc", "badArgument"),
            ("verb=ListRecords", "badArgument"),
            ("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument"),
            ("verb=ListRecords&metadataPrefix=oai_dc&from=2026-02-30", "badArgument"),
            ("verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01&until=2026-02-01T00:00:00Z", "badArgument"),
            ("verb=ListRecords&metadataPrefix=oai_dc&until=2002-06-01T03:020:00Z", "badArgument"),
            ("verb=ListRecords&resumptionToken=not-a-token", "badResumptionToken"),
            ("verb=ListSets&resumptionToken=anything", "badResumptionToken"),
            ("verb=ListRecords&metadataPrefix=mods", "cannotDisseminateFormat"),
            ($"verb=GetRecord&metadataPrefix=mods&identifier={id}", "cannotDisseminateFormat"),
            ("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere.vn:1", "idDoesNotExist"),
            ("verb=ListMetadataFormats&identifier=oai:localhost:999999999", "idDoesNotExist"),
            ("verb=ListIdentifiers&metadataPrefix=oai_dc&set=library:NO-SUCH-LIBRARY", "noRecordsMatch"),
            ("verb=ListIdentifiers&metadataPrefix=oai_dc&set=subject:history", "noRecordsMatch"),
            ("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2999-01-01", "noRecordsMatch"),
        ];

        foreach (var (query, code) in requests)
        {
            var (status, xml) = await GetAsync(node, query);
            Assert.Equal(HttpStatusCode.OK, status);
            var errors = XDocument.Parse(xml).Descendants(Oai + "error").Select(e => (string?)e.Attribute("code")).ToList();
            Assert.True(errors.Count > 0 && errors.All(e => e == code), $"{query}: {string.Join(", ", errors)}, not {code}");
            await AssertValidAsync(xml, query);
        }
    }

    [Fact]
    public async Task An_empty_node_has_no_set_hierarchy()
    {
        var node = await NodeAsync();

        var (_, xml) = await GetAsync(node, "verb=ListSets");

        Assert.Equal("noSetHierarchy", (string?)XDocument.Parse(xml).Descendants(Oai + "error").Single().Attribute("code"));
        await AssertValidAsync(xml, "ListSets");
    }

    [Fact]
    public async Task Hostile_arguments_get_an_oai_error_never_a_server_error()
    {
        var node = await NodeAsync();
        string[] requests =
        [
            "verb=%01%02",
            "verb=Identify&%FF%FE=1",
            "verb=ListRecords&metadataPrefix=%00",
            "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:%EF%BF%BF",
            "verb=ListRecords&resumptionToken=" + new string('A', 20_000),
            "verb=ListRecords&resumptionToken=%E0%A4%A.%0B",
            "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:1%3Cscript%3E",
            "verb=ListIdentifiers&metadataPrefix=oai_dc&from=0000-01-01&until=9999-12-31",
            "verb=ListIdentifiers&metadataPrefix=oai_dc&set=type:book&set=type:map",
        ];

        foreach (var query in requests)
        {
            var (status, xml) = await GetAsync(node, query);
            Assert.True(status == HttpStatusCode.OK, $"{query}: {(int)status}");
            await AssertValidAsync(xml, query);
        }
    }

    [Fact]
    public async Task Harvesting_page_by_page_returns_every_record_exactly_once()
    {
        var node = await NodeAsync(demo: true);
        var total = (await node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/records?size=1")).GetProperty("total").GetInt64();
        var seen = new List<string>();
        var cursors = new List<long>();
        var (_, xml) = await GetAsync(node, "verb=ListIdentifiers&metadataPrefix=oai_dc");
        while (true)
        {
            var list = XDocument.Parse(xml).Root!.Element(Oai + "ListIdentifiers") ?? throw new InvalidOperationException(xml);
            seen.AddRange(list.Elements(Oai + "header").Select(h => (string)h.Element(Oai + "identifier")!));
            var token = list.Element(Oai + "resumptionToken");
            if (token is null || token.Value.Length == 0)
            {
                Assert.NotNull(token);
                Assert.Equal(total, (long)token.Attribute("completeListSize")!);
                break;
            }

            Assert.Equal(total, (long)token.Attribute("completeListSize")!);
            Assert.NotNull(token.Attribute("expirationDate"));
            cursors.Add((long)token.Attribute("cursor")!);
            (_, xml) = await GetAsync(node, "verb=ListIdentifiers&resumptionToken=" + Uri.EscapeDataString(token.Value));
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal([0, 100, 200], cursors.Take(3));
        Assert.True(total > 250, $"the demo catalogue has {total} records: too few to page through");
    }

    [Fact]
    public async Task A_tampered_resumption_token_is_refused()
    {
        var node = await NodeAsync(demo: true);
        var (_, xml) = await GetAsync(node, "verb=ListRecords&metadataPrefix=marc21");
        var token = XDocument.Parse(xml).Descendants(Oai + "resumptionToken").Single().Value;
        var tampered = (token[0] == 'A' ? "B" : "A") + token[1..];

        var (_, refused) = await GetAsync(node, "verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(tampered));
        var (_, accepted) = await GetAsync(node, "verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(token));

        Assert.Equal("badResumptionToken", (string?)XDocument.Parse(refused).Descendants(Oai + "error").Single().Attribute("code"));
        Assert.Equal(100, XDocument.Parse(accepted).Descendants(Oai + "record").Count());
    }

    [Fact]
    public async Task An_expired_resumption_token_is_refused_though_its_signature_is_good()
    {
        var node = await NodeAsync(demo: true);
        await GetAsync(node, "verb=ListIdentifiers&metadataPrefix=oai_dc");
        var key = await new OaiSecretStore(node.Services.GetRequiredService<IDbContextFactory<ThuVienDb>>()).KeyAsync(default);
        var lastWeek = TimeProvider.System.GetUtcNow().AddDays(-8);
        var expired = new ResumptionTokenCodec(key, new PastClock(lastWeek)).Encode(
            new ResumptionToken(OaiVerb.ListIdentifiers, "oai_dc", null, null, null) { AfterSequence = 1, AfterRecordId = 1, Cursor = 100, CompleteListSize = 370, ExpiresAt = lastWeek.UtcDateTime.AddDays(7) });

        var (_, xml) = await GetAsync(node, "verb=ListIdentifiers&resumptionToken=" + expired);

        var error = XDocument.Parse(xml).Descendants(Oai + "error").Single();
        Assert.Equal("badResumptionToken", (string?)error.Attribute("code"));
        Assert.Contains("expired", error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_and_until_are_inclusive_at_the_granularity_given()
    {
        var node = await NodeAsync();
        var id = await CreateKieuAsync(node);
        var (_, got) = await GetAsync(node, $"verb=GetRecord&metadataPrefix=oai_dc&identifier={id}");
        var datestamp = DateTime.Parse(XDocument.Parse(got).Descendants(Oai + "datestamp").Single().Value, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var second = datestamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", null);
        var day = datestamp.ToString("yyyy-MM-dd", null);
        var nextSecond = datestamp.AddSeconds(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", null);
        var previousSecond = datestamp.AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", null);

        Assert.Contains(id, await IdentifiersAsync(node, $"from={second}&until={second}"));
        Assert.Contains(id, await IdentifiersAsync(node, $"from={day}&until={day}"));
        Assert.DoesNotContain(id, await IdentifiersAsync(node, $"from={nextSecond}"));
        Assert.DoesNotContain(id, await IdentifiersAsync(node, $"until={previousSecond}"));
    }

    [Fact]
    public async Task A_deleted_record_stays_as_a_tombstone()
    {
        var node = await NodeAsync();
        var id = await CreateKieuAsync(node);
        var recordId = id[(id.LastIndexOf(':') + 1)..];
        Assert.Equal(HttpStatusCode.NoContent, (await node.Cataloguer.DeleteAsync($"/api/v1/records/{recordId}")).StatusCode);

        var (_, got) = await GetAsync(node, $"verb=GetRecord&metadataPrefix=marc21&identifier={id}");
        var (_, listed) = await GetAsync(node, "verb=ListRecords&metadataPrefix=oai_dc");

        var header = XDocument.Parse(got).Descendants(Oai + "header").Single();
        Assert.Equal("deleted", (string?)header.Attribute("status"));
        Assert.Empty(XDocument.Parse(got).Descendants(Oai + "metadata"));
        Assert.Equal("deleted", (string?)XDocument.Parse(listed).Descendants(Oai + "header").Single(h => (string)h.Element(Oai + "identifier")! == id).Attribute("status"));
        await AssertValidAsync(got, "GetRecord");
    }

    [Fact]
    public async Task Moving_a_copy_to_another_library_moves_the_record_into_that_set_with_a_new_datestamp()
    {
        var node = await NodeAsync();
        var id = await CreateKieuAsync(node);
        var recordId = id[(id.LastIndexOf(':') + 1)..];
        var item = (await node.Anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/records/{recordId}/items"))[0];
        Assert.DoesNotContain(id, await IdentifiersAsync(node, "set=library:CHI-NHANH"));
        var before = await SequenceOfLatestChangeAsync(node);

        var moved = await node.Cataloguer.PutAsJsonAsync($"/api/v1/items/{item.GetProperty("id").GetInt64()}", new { barcode = item.GetProperty("barcode").GetString(), library = "CHI-NHANH" });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains(id, await IdentifiersAsync(node, "set=library:CHI-NHANH"));
        var (_, listed) = await GetAsync(node, "verb=ListIdentifiers&metadataPrefix=oai_dc&set=library:CHI-NHANH");
        Assert.Contains("library:CHI-NHANH", XDocument.Parse(listed).Descendants(Oai + "setSpec").Select(s => s.Value));
        Assert.True(await SequenceOfLatestChangeAsync(node) > before);
    }

    [Fact]
    public async Task A_post_is_answered_as_the_same_get()
    {
        var node = await NodeAsync(demo: true);
        var id = await FirstIdentifierAsync(node);
        foreach (var query in new[] { "verb=Identify", $"verb=GetRecord&metadataPrefix=oai_dc&identifier={id}", "verb=ListSets", "verb=Nonsense" })
        {
            var (_, get) = await GetAsync(node, query);
            var form = query.Split('&').Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], Uri.UnescapeDataString(p[1])));
            var post = await node.Anonymous.PostAsync("/oai", new FormUrlEncodedContent(form));

            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
            Assert.Equal(WithoutResponseDate(get), WithoutResponseDate(await post.Content.ReadAsStringAsync()));
        }
    }

    [Fact]
    public async Task A_record_reads_as_dublin_core_and_as_marcxml_with_its_copies()
    {
        var node = await NodeAsync();
        var id = await CreateKieuAsync(node);

        var (_, dc) = await GetAsync(node, $"verb=GetRecord&metadataPrefix=oai_dc&identifier={id}");
        var (_, marc) = await GetAsync(node, $"verb=GetRecord&metadataPrefix=marc21&identifier={id}");

        Assert.Equal("Truyện Kiều", XDocument.Parse(dc).Descendants(Dc + "title").Single().Value);
        Assert.Contains("Nguyễn Du", XDocument.Parse(dc).Descendants(Dc + "creator").Select(c => c.Value));
        Assert.Equal(2, XDocument.Parse(marc).Descendants(Marc + "datafield").Count(f => (string?)f.Attribute("tag") == "952"));
        Assert.Contains("type:book", XDocument.Parse(marc).Descendants(Oai + "setSpec").Select(s => s.Value));
        Assert.Contains("library:MAIN", XDocument.Parse(marc).Descendants(Oai + "setSpec").Select(s => s.Value));
    }

    private static async Task AssertValidAsync(string xml, string request)
    {
        var problems = await OaiSchema.ProblemsAsync(xml);
        Assert.True(problems is null, $"{request}: {problems}");
    }

    private static async Task<(HttpStatusCode Status, string Xml)> GetAsync(TestNode node, string query)
    {
        var response = await node.Anonymous.GetAsync("/oai?" + query);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> FirstIdentifierAsync(TestNode node)
    {
        var (_, xml) = await GetAsync(node, "verb=ListIdentifiers&metadataPrefix=oai_dc");
        return XDocument.Parse(xml).Descendants(Oai + "identifier").First().Value;
    }

    private static async Task<List<string>> IdentifiersAsync(TestNode node, string arguments)
    {
        var (_, xml) = await GetAsync(node, "verb=ListIdentifiers&metadataPrefix=oai_dc&" + arguments);
        return [.. XDocument.Parse(xml).Descendants(Oai + "identifier").Select(i => i.Value)];
    }

    private static async Task<string> CreateKieuAsync(TestNode node)
    {
        var created = await node.Cataloguer.PostAsync("/api/v1/records", Records.KieuJson());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var record = await created.Content.ReadFromJsonAsync<JsonElement>();
        return $"oai:localhost:{record.GetProperty("id").GetInt64()}";
    }

    private static async Task<long> SequenceOfLatestChangeAsync(TestNode node)
    {
        var changes = await node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/changes?limit=1000");
        return changes.GetProperty("next").GetInt64();
    }

    private static string WithoutResponseDate(string xml)
    {
        var document = XDocument.Parse(xml);
        document.Root!.Element(Oai + "responseDate")!.Remove();
        return document.ToString();
    }
}

public sealed class OaiEndpointOnSqliteTests() : OaiEndpointTests(Engine.Sqlite);

public sealed class OaiEndpointOnPostgreSqlTests() : OaiEndpointTests(Engine.PostgreSql);
