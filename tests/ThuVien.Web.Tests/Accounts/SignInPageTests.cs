using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Accounts;

/// <summary>Cookie sign-in on the web pages: right and wrong passwords, lockout, anti-forgery, return addresses, sign-out.</summary>
public abstract class SignInPageTests(Engine engine) : NodeTests(engine)
{
    [Fact]
    public async Task The_right_password_signs_in_and_goes_back_where_the_reader_was()
    {
        var node = await NodeAsync();
        using var browser = node.NewClient();
        var response = await AccountForms.SignInAsync(browser, TestNode.CataloguerName, TestNode.Password, returnUrl: "/search?q=kieu");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/search?q=kieu", response.Headers.Location!.OriginalString);

        var account = await browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        var html = await account.Content.ReadAsStringAsync();
        Assert.Contains(TestNode.CataloguerName, html, StringComparison.Ordinal);
        Assert.Contains("<li>Biên mục</li>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/account\"", await browser.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_says_so_and_signs_nobody_in()
    {
        var node = await NodeAsync();
        using var browser = node.NewClient();
        var response = await AccountForms.SignInAsync(browser, TestNode.CataloguerName, "mật khẩu sai rồi nhé");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var account = await browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.Equal("/account/signin", account.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_page_says_so()
    {
        var node = await NodeAsync();
        using var browser = node.NewClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await AccountForms.SignInAsync(browser, TestNode.ReaderName, $"sai lần {attempt} rồi");
        }

        var right = await AccountForms.SignInAsync(browser, TestNode.ReaderName, TestNode.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Tài khoản đang bị khoá", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_without_the_anti_forgery_token_is_refused()
    {
        var node = await NodeAsync();
        using var browser = node.NewClient();
        await browser.GetAsync("/account/signin");
        var response = await AccountForms.PostAsync(browser, "/account/signin", token: null, ("UserName", TestNode.AdminName), ("Password", TestNode.Password));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account")).StatusCode);

        // Nor does another browser's token do: it is bound to that browser's anti-forgery cookie.
        using var other = node.NewClient();
        var stolen = await AccountForms.AntiForgeryTokenAsync(other, "/account/signin");
        var forged = await AccountForms.PostAsync(browser, "/account/signin", stolen, ("UserName", TestNode.AdminName), ("Password", TestNode.Password));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_address_off_this_site_is_not_followed(string returnUrl)
    {
        var node = await NodeAsync();
        using var browser = node.NewClient();
        var response = await AccountForms.SignInAsync(browser, TestNode.ReaderName, TestNode.Password, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_anonymous_reader_is_sent_to_sign_in_and_the_header_offers_it()
    {
        var node = await NodeAsync();
        using var browser = node.NewClient();
        var account = await browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.Equal("/account/signin?ReturnUrl=%2Faccount", account.Headers.Location!.PathAndQuery);
        Assert.Contains("href=\"/account/signin?returnUrl=%2Fbrowse%2Fsubject\"", await browser.GetStringAsync("/browse/subject"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_account_page_makes_a_token_shown_once_and_revokes_it()
    {
        var node = await NodeAsync();
        using var browser = await AccountForms.SignedInAsync(node, TestNode.CataloguerName);
        var token = await AccountForms.AntiForgeryTokenAsync(browser, "/account");
        var made = await AccountForms.PostAsync(browser, "/account?handler=create", token, ("TokenName", "Máy biên mục 3"), ("ExpiresInDays", "30"));
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var html = await made.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(html, "id=\"new-token-secret\">([^<]+)<").Groups[1].Value;
        Assert.StartsWith("tvp_", secret, StringComparison.Ordinal);

        using var script = node.NewClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.Created, (await script.PostAsync("/api/v1/records", Records.KieuJson())).StatusCode);

        var page = await browser.GetStringAsync("/account");
        Assert.Contains("Máy biên mục 3", page, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
        var id = (await script.GetFromJsonAsync<JsonElement>("/api/v1/account/tokens")).EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Máy biên mục 3").GetProperty("id").GetInt64();
        var revoked = await AccountForms.PostAsync(browser, "/account?handler=revoke", AccountForms.TokenOf(page), ("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/account")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_browser_reads_but_never_writes_through_the_api_with_its_cookie()
    {
        var node = await NodeAsync();
        using var browser = await AccountForms.SignedInAsync(node, TestNode.AdminName);
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/v1/account");
        Assert.Equal("cookie", me.GetProperty("authenticatedWith").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsync("/api/v1/records", Records.KieuJson())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsJsonAsync("/api/v1/account/tokens", new { name = "x" })).StatusCode);
    }

    [Fact]
    public async Task Signing_out_takes_a_post_and_ends_the_session()
    {
        var node = await NodeAsync();
        using var browser = await AccountForms.SignedInAsync(node, TestNode.ReaderName);
        var page = await browser.GetAsync("/account/signout");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);

        var signedOut = await AccountForms.PostAsync(browser, "/account/signout", AccountForms.TokenOf(await page.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task The_pages_speak_english_on_request()
    {
        var node = await NodeAsync();
        using var browser = node.NewClient();
        await browser.GetAsync("/language/en?returnUrl=/");
        var response = await AccountForms.SignInAsync(browser, TestNode.ReaderName, "definitely not it");
        Assert.Contains("The user name or the password is wrong.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class SignInPageOnSqliteTests() : SignInPageTests(Engine.Sqlite);

public sealed class SignInPageOnPostgreSqlTests() : SignInPageTests(Engine.PostgreSql);
