using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Storage;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Accounts;

/// <summary>The caller's own account over the API: access tokens and the password-for-token sign-in.</summary>
public abstract class AccountApiTests(Engine engine) : NodeTests(engine)
{
    [Fact]
    public async Task A_new_token_works_at_once_and_its_secret_is_shown_only_when_issued()
    {
        var node = await NodeAsync();
        var created = await node.Staff.PostAsJsonAsync("/api/v1/account/tokens", new { name = "Máy tra cứu tầng 2", expiresInDays = 30 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var issued = await created.Content.ReadFromJsonAsync<JsonElement>();
        var secret = issued.GetProperty("secret").GetString()!;
        Assert.StartsWith("tvp_", secret, StringComparison.Ordinal);
        Assert.Equal(secret[..12], issued.GetProperty("prefix").GetString());

        using var kiosk = WithToken(node, secret);
        var me = await kiosk.GetFromJsonAsync<JsonElement>("/api/v1/account");
        Assert.Equal(TestNode.AdminName, me.GetProperty("userName").GetString());
        Assert.Equal("token", me.GetProperty("authenticatedWith").GetString());
        Assert.Equal(["Admin"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var listed = await node.Staff.GetStringAsync("/api/v1/account/tokens");
        Assert.Contains("Máy tra cứu tầng 2", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("\"secret\"", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_at_once_as_an_invalid_token()
    {
        var node = await NodeAsync();
        var issued = await (await node.Staff.PostAsJsonAsync("/api/v1/account/tokens", new { name = "script" })).Content.ReadFromJsonAsync<JsonElement>();
        using var script = WithToken(node, issued.GetProperty("secret").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/account")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await node.Staff.DeleteAsync($"/api/v1/account/tokens/{issued.GetProperty("id").GetInt64()}")).StatusCode);
        var refused = await script.GetAsync("/api/v1/account");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        var tokens = await node.Staff.GetFromJsonAsync<JsonElement>("/api/v1/account/tokens");
        Assert.Contains(tokens.EnumerateArray(), t => t.GetProperty("name").GetString() == "script" && !t.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task An_account_cannot_revoke_or_see_another_accounts_tokens()
    {
        var node = await NodeAsync();
        var issued = await (await node.Staff.PostAsJsonAsync("/api/v1/account/tokens", new { name = "admin's" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = issued.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NotFound, (await node.Reader.DeleteAsync($"/api/v1/account/tokens/{id}")).StatusCode);
        Assert.DoesNotContain("admin's", await node.Reader.GetStringAsync("/api/v1/account/tokens"), StringComparison.Ordinal);
        using var admin = WithToken(node, issued.GetProperty("secret").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/account")).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var node = await NodeAsync();
        var issued = await (await node.Staff.PostAsJsonAsync("/api/v1/account/tokens", new { name = "old", expiresInDays = 1 })).Content.ReadFromJsonAsync<JsonElement>();
        var id = issued.GetProperty("id").GetInt64();
        await using (var db = await node.Services.GetRequiredService<IDbContextFactory<ThuVienDb>>().CreateDbContextAsync())
        {
            await db.AccessTokens.Where(t => t.Id == id).ExecuteUpdateAsync(set => set.SetProperty(t => t.ExpiresAt, DateTime.UnixEpoch));
        }

        using var old = WithToken(node, issued.GetProperty("secret").GetString()!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync("/api/v1/account")).StatusCode);
    }

    [Theory]
    [InlineData("""{"name":""}""", "name")]
    [InlineData("""{"name":"forever","expiresInDays":10000}""", "expiresInDays")]
    [InlineData("""{"name":"never","expiresInDays":0}""", "expiresInDays")]
    public async Task A_token_without_a_name_or_with_an_expiry_out_of_range_is_refused_naming_the_field(string body, string field)
    {
        var node = await NodeAsync();
        var response = await node.Staff.PostAsync("/api/v1/account/tokens", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal("invalid", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Signing_in_through_the_api_gives_a_token_that_acts_as_the_account()
    {
        var node = await NodeAsync();
        var response = await node.Anonymous.PostAsJsonAsync("/api/v1/account/signin", new { userName = TestNode.CataloguerName, password = TestNode.Password, tokenName = "import script" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var script = WithToken(node, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!);
        Assert.Equal(HttpStatusCode.Created, (await script.PostAsync("/api/v1/records", Records.KieuJson())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await script.GetAsync("/api/v1/accounts")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var node = await NodeAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await node.Anonymous.PostAsJsonAsync("/api/v1/account/signin", new { userName = TestNode.ReaderName, password = $"đoán mò lần thứ {attempt}" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal(attempt < 5 ? "bad_credentials" : "locked_out", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        }

        var right = await node.Anonymous.PostAsJsonAsync("/api/v1/account/signin", new { userName = TestNode.ReaderName, password = TestNode.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal("locked_out", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await node.Reader.GetAsync("/api/v1/account")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_and_a_wrong_password_get_the_same_answer()
    {
        var node = await NodeAsync();
        var unknown = await node.Anonymous.PostAsJsonAsync("/api/v1/account/signin", new { userName = "khong-co-ai", password = TestNode.Password });
        var wrong = await node.Anonymous.PostAsJsonAsync("/api/v1/account/signin", new { userName = TestNode.ReaderName, password = "không phải mật khẩu" });
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var (a, b) = (await wrong.Content.ReadFromJsonAsync<JsonElement>(), await unknown.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
        Assert.Equal("bad_credentials", b.GetProperty("reason").GetString());
    }

    private static HttpClient WithToken(TestNode node, string secret)
    {
        var client = new HttpClient { BaseAddress = node.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }
}

public sealed class AccountApiOnSqliteTests() : AccountApiTests(Engine.Sqlite);

public sealed class AccountApiOnPostgreSqlTests() : AccountApiTests(Engine.PostgreSql);
