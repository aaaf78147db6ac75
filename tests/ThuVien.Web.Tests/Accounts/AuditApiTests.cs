using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Accounts;

/// <summary>The audit log: each record and item write says who made it, with the entity before and after.</summary>
public abstract class AuditApiTests(Engine engine) : NodeTests(engine)
{
    [Fact]
    public async Task A_records_life_is_in_the_log_with_who_and_what_changed()
    {
        var node = await NodeAsync();
        var location = (await node.Cataloguer.PostAsync("/api/v1/records", Records.KieuJson(barcodes: []))).Headers.Location!.ToString();
        var id = long.Parse(location.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, (await node.Cataloguer.PutAsync(location, Records.KieuJson(title: "Kim Vân Kiều", barcodes: []))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await node.Staff.DeleteAsync(location)).StatusCode);

        var log = await node.Staff.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entity=record&id={id}");
        Assert.Equal(3, log.GetProperty("total").GetInt64());
        var entries = log.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["delete", "update", "create"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal([TestNode.AdminName, TestNode.CataloguerName, TestNode.CataloguerName], entries.Select(e => e.GetProperty("accountName").GetString()));
        Assert.All(entries, e => Assert.True(e.GetProperty("accountId").GetInt64() > 0));

        var (delete, update, create) = (entries[0], entries[1], entries[2]);
        Assert.Equal(JsonValueKind.Null, create.GetProperty("before").ValueKind);
        Assert.Equal("Truyện Kiều", create.GetProperty("after").GetProperty("title").GetString());
        Assert.Equal("Truyện Kiều", update.GetProperty("before").GetProperty("title").GetString());
        Assert.Equal("Kim Vân Kiều", update.GetProperty("after").GetProperty("title").GetString());
        Assert.Contains("Kim Vân Kiều", update.GetProperty("after").GetProperty("marc").ToString(), StringComparison.Ordinal);
        Assert.Equal("Kim Vân Kiều", delete.GetProperty("before").GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, delete.GetProperty("after").ValueKind);
        Assert.EndsWith("Z", create.GetProperty("at").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_change_keeps_the_copy_before_and_after()
    {
        var node = await NodeAsync();
        var location = (await node.Cataloguer.PostAsync("/api/v1/records", Records.KieuJson(barcodes: []))).Headers.Location!.ToString();
        var added = await (await node.Cataloguer.PostAsJsonAsync(location + "/items", new { barcode = "TV00000077", location = "KHO-MO" })).Content.ReadFromJsonAsync<JsonElement>();
        var itemId = added.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await node.Staff.PutAsJsonAsync($"/api/v1/items/{itemId}", new { barcode = "TV00000077", location = "KHO-MO", status = "damaged" })).StatusCode);

        var log = await node.Staff.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entity=item&id={itemId}");
        var update = log.GetProperty("items")[0];
        Assert.Equal("update", update.GetProperty("action").GetString());
        Assert.Equal("Available", update.GetProperty("before").GetProperty("status").GetString());
        Assert.Equal("Damaged", update.GetProperty("after").GetProperty("status").GetString());
        Assert.Equal(TestNode.AdminName, update.GetProperty("accountName").GetString());
    }

    [Fact]
    public async Task A_refused_write_leaves_no_entry()
    {
        var node = await NodeAsync();
        var location = (await node.Cataloguer.PostAsync("/api/v1/records", Records.KieuJson())).Headers.Location!.ToString();
        var before = (await node.Staff.GetFromJsonAsync<JsonElement>("/api/v1/audit")).GetProperty("total").GetInt64();
        Assert.Equal(HttpStatusCode.Conflict, (await node.Cataloguer.PostAsJsonAsync(location + "/items", new { barcode = "TV00000001" })).StatusCode);
        using var stale = new HttpRequestMessage(HttpMethod.Delete, location) { Headers = { IfMatch = { new("\"99\"") } } };
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await node.Cataloguer.SendAsync(stale)).StatusCode);
        Assert.Equal(before, (await node.Staff.GetFromJsonAsync<JsonElement>("/api/v1/audit")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Only_administrators_read_the_log_and_a_bad_filter_is_named()
    {
        var node = await NodeAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await node.Cataloguer.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await node.Reader.GetAsync("/api/v1/audit")).StatusCode);
        var bad = await node.Staff.GetAsync("/api/v1/audit?entity=loan");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("entity", out _));
    }
}

public sealed class AuditApiOnSqliteTests() : AuditApiTests(Engine.Sqlite);

public sealed class AuditApiOnPostgreSqlTests() : AuditApiTests(Engine.PostgreSql);
