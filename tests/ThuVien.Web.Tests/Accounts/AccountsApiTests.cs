using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Accounts;

/// <summary>Administrators manage accounts over the API: open them, set roles, lock and unlock.</summary>
public abstract class AccountsApiTests(Engine engine) : NodeTests(engine)
{
    [Fact]
    public async Task An_administrator_opens_an_account_with_several_roles()
    {
        var node = await NodeAsync();
        var created = await node.Staff.PostAsJsonAsync("/api/v1/accounts", new { userName = "thu-thu-lan", email = "lan@thuvien.example", password = "mượn trả đúng hẹn nhé", roles = new[] { "circulation", "Reader" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var account = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Circulation", "Reader"], account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.False(account.GetProperty("locked").GetBoolean());

        var signIn = await node.Anonymous.PostAsJsonAsync("/api/v1/account/signin", new { userName = "thu-thu-lan", password = "mượn trả đúng hẹn nhé" });
        Assert.Equal(HttpStatusCode.Created, signIn.StatusCode);
        var list = await node.Staff.GetFromJsonAsync<JsonElement>("/api/v1/accounts");
        Assert.Equal(4, list.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("ngan", "password", "weak_password")]
    [InlineData("1234567890123", "password", "weak_password")]
    [InlineData("matkhau2024!", "password", "weak_password")]
    public async Task A_weak_password_is_refused_naming_the_field(string password, string field, string reason)
    {
        var node = await NodeAsync();
        var response = await node.Staff.PostAsJsonAsync("/api/v1/accounts", new { userName = "yeu", password, roles = new[] { "Reader" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(3, (await node.Staff.GetFromJsonAsync<JsonElement>("/api/v1/accounts")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_taken_user_name_is_a_409_whatever_its_case_and_an_unknown_role_a_400()
    {
        var node = await NodeAsync();
        var taken = await node.Staff.PostAsJsonAsync("/api/v1/accounts", new { userName = TestNode.ReaderName.ToUpperInvariant(), password = "một mật khẩu khá dài", roles = new[] { "Reader" } });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("name_taken", (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        var role = await node.Staff.PostAsJsonAsync("/api/v1/accounts", new { userName = "moi", password = "một mật khẩu khá dài", roles = new[] { "Librarian" } });
        Assert.Equal(HttpStatusCode.BadRequest, role.StatusCode);
        Assert.True((await role.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("roles", out _));
    }

    [Fact]
    public async Task Taking_a_role_away_takes_its_rights_away_at_once()
    {
        var node = await NodeAsync();
        Assert.Equal(HttpStatusCode.Created, (await node.Cataloguer.PostAsync("/api/v1/records", Records.KieuJson())).StatusCode);
        var cataloguer = await IdOfAsync(node, TestNode.CataloguerName);
        var changed = await node.Staff.PutAsJsonAsync($"/api/v1/accounts/{cataloguer}/roles", new { roles = new[] { "Reader" } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await node.Cataloguer.PostAsync("/api/v1/records", Records.KieuJson(isbn: Records.Isbn13(978604101299), barcodes: []))).StatusCode);
    }

    [Fact]
    public async Task A_locked_account_cannot_use_its_token_until_unlocked()
    {
        var node = await NodeAsync();
        var reader = await IdOfAsync(node, TestNode.ReaderName);
        var locked = await (await node.Staff.PostAsync($"/api/v1/accounts/{reader}/lock", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(locked.GetProperty("locked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, locked.GetProperty("lockedUntil").ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, (await node.Reader.GetAsync("/api/v1/account")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await node.Staff.PostAsync($"/api/v1/accounts/{reader}/unlock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await node.Reader.GetAsync("/api/v1/account")).StatusCode);
    }

    [Fact]
    public async Task The_last_administrator_can_be_neither_locked_nor_demoted()
    {
        var node = await NodeAsync();
        var admin = await IdOfAsync(node, TestNode.AdminName);
        var lockSelf = await node.Staff.PostAsync($"/api/v1/accounts/{admin}/lock", null);
        Assert.Equal(HttpStatusCode.Conflict, lockSelf.StatusCode);
        Assert.Equal("last_admin", (await lockSelf.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await node.Staff.PutAsJsonAsync($"/api/v1/accounts/{admin}/roles", new { roles = new[] { "Cataloguer" } })).StatusCode);

        await node.CreateAccountAsync("quan-tri-2", "Admin");
        Assert.Equal(HttpStatusCode.OK, (await node.Staff.PutAsJsonAsync($"/api/v1/accounts/{admin}/roles", new { roles = new[] { "Cataloguer" } })).StatusCode);
    }

    [Fact]
    public async Task Only_administrators_manage_accounts()
    {
        var node = await NodeAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await node.Anonymous.GetAsync("/api/v1/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await node.Reader.GetAsync("/api/v1/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await node.Cataloguer.PostAsJsonAsync("/api/v1/accounts", new { userName = "x", password = "một mật khẩu khá dài" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await node.Staff.PostAsync("/api/v1/accounts/999999/lock", null)).StatusCode);
    }

    private static async Task<long> IdOfAsync(TestNode node, string userName)
    {
        var list = await node.Staff.GetFromJsonAsync<JsonElement>("/api/v1/accounts");
        return list.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("userName").GetString() == userName).GetProperty("id").GetInt64();
    }
}

public sealed class AccountsApiOnSqliteTests() : AccountsApiTests(Engine.Sqlite);

public sealed class AccountsApiOnPostgreSqlTests() : AccountsApiTests(Engine.PostgreSql);
