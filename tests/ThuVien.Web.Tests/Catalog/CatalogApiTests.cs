using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Catalog;

/// <summary>The catalogue's REST API over HTTP against a real node; run once per database engine by the subclasses.</summary>
public abstract class CatalogApiTests(Engine engine) : NodeTests(engine)
{
    [Fact]
    public async Task A_new_node_loads_the_demo_catalogue_with_its_copies()
    {
        Node = await TestNode.StartAsync(Engine, loadDemo: true);
        var page = await Node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/records?size=1");
        Assert.InRange(page.GetProperty("total").GetInt64(), 300, 400);
        var newest = page.GetProperty("items")[0];
        Assert.EndsWith("Z", newest.GetProperty("updatedAt").GetString(), StringComparison.Ordinal);
        var record = await Node.Anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/records/{newest.GetProperty("id").GetInt64()}");
        Assert.True(record.GetProperty("items").GetArrayLength() >= 1);
        var kieu = await Node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/records?size=200&language=vie");
        Assert.True(kieu.GetProperty("total").GetInt64() > 100);
    }

    [Fact]
    public async Task The_node_says_who_it_is()
    {
        var node = await NodeAsync();
        var identity = await node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/node");
        Assert.Equal("VN-ThuVien", identity.GetProperty("libraryCode").GetString());
        Assert.Equal("member", identity.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Health_is_ready_when_the_database_is_migrated()
    {
        var node = await NodeAsync();
        var response = await node.Anonymous.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Engine == Engine.Sqlite ? "sqlite" : "postgresql", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_created_as_marc_in_json_reads_back_as_json_marcxml_and_iso2709()
    {
        var node = await NodeAsync();
        var created = await node.Staff.PostAsync("/api/v1/records", Records.KieuJson());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();

        var json = await node.Anonymous.GetFromJsonAsync<JsonElement>(location);
        Assert.Equal("Truyện Kiều", json.GetProperty("title").GetString());
        Assert.Equal("Nguyễn Du", json.GetProperty("mainAuthor").GetString());
        Assert.Equal(Records.Isbn13(978604101234), json.GetProperty("isbns")[0].GetString());
        Assert.Equal(2, json.GetProperty("items").GetArrayLength());

        var xml = XDocument.Parse(await node.Anonymous.GetStringAsync(location + "?format=marcxml"));
        XNamespace marc = "http://www.loc.gov/MARC21/slim";
        Assert.Contains(xml.Descendants(marc + "subfield"), s => s.Value == "Truyện Kiều /");

        var iso = await node.Anonymous.GetByteArrayAsync(location + "?format=iso2709");
        Assert.Equal(0x1D, iso[^1]);
        Assert.Contains("Nguyễn Du", Encoding.UTF8.GetString(iso), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_without_a_cataloguing_token_are_refused_and_change_nothing()
    {
        var node = await NodeAsync();
        var anonymous = await node.Anonymous.PostAsync("/api/v1/records", Records.KieuJson());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/v1/records") { Content = Records.KieuJson() };
        wrong.Headers.Authorization = new("Bearer", "tvp_not-a-token-of-this-node");
        Assert.Equal(HttpStatusCode.Unauthorized, (await node.Anonymous.SendAsync(wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await node.Reader.PostAsync("/api/v1/records", Records.KieuJson())).StatusCode);
        Assert.Equal(0, await CountAsync(node));
        Assert.Equal(HttpStatusCode.Created, (await node.Cataloguer.PostAsync("/api/v1/records", Records.KieuJson())).StatusCode);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_and_the_database_is_unchanged()
    {
        var node = await NodeAsync();
        var response = await node.Staff.PostAsync("/api/v1/records", new StringContent("{\"leader\": \"00000nam", Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await CountAsync(node));
    }

    [Fact]
    public async Task A_record_that_is_not_valid_marc_is_refused_naming_the_field()
    {
        var node = await NodeAsync();
        var body = """{"leader":"00000nam a2200000 i 4500","fields":[{"245":{"ind1":"1","ind2":"%","subfields":[{"a":"Bad indicator"}]}}]}""";
        var response = await node.Staff.PostAsync("/api/v1/records", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("marc.245", out _), problem.ToString());
        Assert.Equal(0, await CountAsync(node));
    }

    [Fact]
    public async Task A_record_with_a_field_too_long_for_iso2709_is_a_400_and_nothing_is_stored()
    {
        var node = await NodeAsync();
        var body = """{"leader":"00000nam a2200000 i 4500","fields":[{"245":{"ind1":"1","ind2":"0","subfields":[{"a":"LONG"}]}}]}"""
            .Replace("LONG", new string('x', 10_000), StringComparison.Ordinal);
        var response = await node.Staff.PostAsync("/api/v1/records", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("field 245", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(node));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        var node = await NodeAsync();
        var huge = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        huge.Headers.ContentType = new("application/marc");
        var response = await node.Staff.PostAsync("/api/v1/records", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await CountAsync(node));
    }

    [Fact]
    public async Task A_duplicate_barcode_is_a_409_and_changes_nothing()
    {
        var node = await NodeAsync();
        var location = (await node.Staff.PostAsync("/api/v1/records", Records.KieuJson())).Headers.Location!.ToString();
        var changesBefore = await ChangeCountAsync(node);
        var response = await node.Staff.PostAsJsonAsync(location + "/items", new { barcode = "TV00000001", location = "KHO-MO" });
        await AssertProblemAsync(response, HttpStatusCode.Conflict);
        var second = await node.Staff.PostAsync("/api/v1/records", Records.KieuJson(isbn: Records.Isbn13(978604101299)));
        await AssertProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync(node));
        Assert.Equal(changesBefore, await ChangeCountAsync(node));
    }

    [Fact]
    public async Task An_unknown_field_in_an_item_is_refused_by_name()
    {
        var node = await NodeAsync();
        var location = (await node.Staff.PostAsync("/api/v1/records", Records.KieuJson())).Headers.Location!.ToString();
        var response = await node.Staff.PostAsync(location + "/items", new StringContent("""{"barcode":"TV9","shelfColour":"red"}""", Encoding.UTF8, "application/json"));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("shelfColour", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_item_field_is_named_in_the_problem()
    {
        var node = await NodeAsync();
        var location = (await node.Staff.PostAsync("/api/v1/records", Records.KieuJson())).Headers.Location!.ToString();
        var response = await node.Staff.PostAsJsonAsync(location + "/items", new { barcode = "TV 9", status = "borrowed" });
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("barcode", out _));
        Assert.True(errors.TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Items_are_found_by_barcode_changed_and_removed()
    {
        var node = await NodeAsync();
        var location = (await node.Staff.PostAsync("/api/v1/records", Records.KieuJson())).Headers.Location!.ToString();
        var added = await node.Staff.PostAsJsonAsync(location + "/items", new { barcode = "TV12345678", location = "THIEU-NHI", price = 85000, acquiredOn = "2024-03-01" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var item = await node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/items?barcode=TV12345678");
        Assert.Equal("THIEU-NHI", item.GetProperty("location").GetString());
        var id = item.GetProperty("id").GetInt64();

        var replaced = await node.Staff.PutAsJsonAsync($"/api/v1/items/{id}", new { barcode = "TV12345678", location = "KHO-MO", status = "damaged" });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("damaged", (await node.Anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}")).GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await node.Staff.DeleteAsync($"/api/v1/items/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await node.Anonymous.GetAsync($"/api/v1/items/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_stale_replace_is_refused_with_412_and_a_fresh_one_succeeds()
    {
        var node = await NodeAsync();
        var location = (await node.Staff.PostAsync("/api/v1/records", Records.KieuJson())).Headers.Location!.ToString();
        using var stale = new HttpRequestMessage(HttpMethod.Put, location) { Content = Records.KieuJson(title: "Kim Vân Kiều") };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"7\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await node.Staff.SendAsync(stale)).StatusCode);

        using var fresh = new HttpRequestMessage(HttpMethod.Put, location) { Content = Records.KieuJson(title: "Kim Vân Kiều") };
        fresh.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.OK, (await node.Staff.SendAsync(fresh)).StatusCode);
        Assert.Equal("Kim Vân Kiều", (await node.Anonymous.GetFromJsonAsync<JsonElement>(location)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Every_write_appears_in_the_change_log_in_order_and_a_deleted_record_is_gone()
    {
        var node = await NodeAsync();
        var location = (await node.Staff.PostAsync("/api/v1/records", Records.KieuJson())).Headers.Location!.ToString();
        var id = long.Parse(location.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await node.Staff.PutAsync(location, Records.KieuJson(title: "Kim Vân Kiều"));
        Assert.Equal(HttpStatusCode.NoContent, (await node.Staff.DeleteAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await node.Anonymous.GetAsync(location)).StatusCode);

        var log = await node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/changes?since=0");
        var changes = log.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("itemId").ValueKind == JsonValueKind.Null).ToList();
        Assert.Equal(["create", "update", "delete"], changes.Select(c => c.GetProperty("operation").GetString()));
        Assert.All(changes, c => Assert.Equal(id, c.GetProperty("recordId").GetInt64()));
        var sequences = log.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        var next = log.GetProperty("next").GetInt64();
        var after = await node.Anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/changes?since={next}");
        Assert.Equal(0, after.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public async Task The_list_pages_and_filters()
    {
        var node = await NodeAsync();
        for (var i = 0; i < 5; i++)
        {
            var isbn = Records.Isbn13(978604101234 + i);
            var response = await node.Staff.PostAsync("/api/v1/records", Records.KieuJson(isbn: isbn, title: $"Tập {i + 1}", barcodes: []));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var page = await node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/records?page=2&size=2");
        Assert.Equal(5, page.GetProperty("total").GetInt64());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        var byIsbn = await node.Anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/records?isbn={Records.Isbn13(978604101236)}");
        Assert.Equal(1, byIsbn.GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, (await node.Anonymous.GetAsync("/api/v1/records?size=100000")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_catalogue_route()
    {
        var node = await NodeAsync();
        var document = await node.Anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/records", paths);
        Assert.Contains("/api/v1/records/{id}", paths);
        Assert.Contains("/api/v1/items", paths);
        Assert.Contains("/api/v1/changes", paths);
        Assert.Equal(HttpStatusCode.OK, (await node.Anonymous.GetAsync("/api")).StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_a_request_id()
    {
        var node = await NodeAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("X-Request-Id", "desk-42");
        var response = await node.Anonymous.SendAsync(request);
        Assert.Equal("desk-42", response.Headers.GetValues("X-Request-Id").Single());
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<long> CountAsync(TestNode node) =>
        (await node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/records?includeDeleted=true")).GetProperty("total").GetInt64();

    private static async Task<int> ChangeCountAsync(TestNode node) =>
        (await node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/changes?limit=1000")).GetProperty("changes").GetArrayLength();
}

public sealed class CatalogApiOnSqliteTests() : CatalogApiTests(Engine.Sqlite);

public sealed class CatalogApiOnPostgreSqlTests() : CatalogApiTests(Engine.PostgreSql);
