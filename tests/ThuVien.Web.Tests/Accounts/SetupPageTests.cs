using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Accounts;

/// <summary>The one-time setup link a node without accounts prints, and the page that creates the first administrator.</summary>
public abstract class SetupPageTests(Engine engine) : IAsyncDisposable
{
    private TestNode? _node;

    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_setup_link_creates_the_first_administrator_once()
    {
        _node = await TestNode.StartAsync(engine, accounts: false);
        var link = _node.SetupLink;
        Assert.NotNull(link);
        Assert.StartsWith("/account/setup?code=", link, StringComparison.Ordinal);
        using var browser = _node.NewClient();
        var form = await browser.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var html = await form.Content.ReadAsStringAsync();
        var code = link["/account/setup?code=".Length..];

        var weak = await AccountForms.PostAsync(browser, "/account/setup", AccountForms.TokenOf(html),
            ("Code", code), ("UserName", "quan-tri"), ("Password", "ngan"), ("PasswordAgain", "ngan"));
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        const string password = "thư viện của làng tôi";
        var made = await AccountForms.PostAsync(browser, "/account/setup", AccountForms.TokenOf(html),
            ("Code", code), ("UserName", "quan-tri"), ("Email", "quantri@thuvien.example"), ("Password", password), ("PasswordAgain", password));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Equal("/account", made.Headers.Location!.OriginalString);
        Assert.Contains("<li>Quản trị</li>", await browser.GetStringAsync("/account"), StringComparison.Ordinal);

        using var second = _node.NewClient();
        var again = await second.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var replay = await AccountForms.PostAsync(second, "/account/setup", await AccountForms.AntiForgeryTokenAsync(second, "/account/signin"),
            ("Code", code), ("UserName", "ke-gian"), ("Password", password), ("PasswordAgain", password));
        Assert.Equal(HttpStatusCode.NotFound, replay.StatusCode);

        var signIn = await _node.Anonymous.PostAsJsonAsync("/api/v1/account/signin", new { userName = "quan-tri", password });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString();
        using var admin = _node.NewClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/accounts")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_wrong_code_opens_nothing()
    {
        _node = await TestNode.StartAsync(engine, accounts: false);
        using var browser = _node.NewClient();
        var response = await browser.GetAsync("/account/setup?code=doan-bua");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Liên kết thiết lập này không còn hiệu lực", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/account/setup")).StatusCode);
    }

    [Fact]
    public async Task A_node_with_accounts_keeps_its_setup_link_closed()
    {
        _node = await TestNode.StartAsync(engine);
        using var browser = _node.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(_node.SetupLink!)).StatusCode);
    }
}

public sealed class SetupPageOnSqliteTests() : SetupPageTests(Engine.Sqlite);

public sealed class SetupPageOnPostgreSqlTests() : SetupPageTests(Engine.PostgreSql);
