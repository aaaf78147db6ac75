using System.Net;
using ThuVien.Web.Opac;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Opac;

/// <summary>/language/{culture}: the cookie it sets and where it sends the reader back to.</summary>
public sealed class LanguageSwitchTests : IAsyncDisposable
{
    private TestNode? _node;

    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }

    [Fact]
    public async Task Choosing_english_sets_a_year_long_culture_cookie_and_returns_to_the_page()
    {
        using var client = await ClientAsync();

        using var response = await client.GetAsync("/language/en?returnUrl=%2Frecord%2F5%3Fx%3D1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/record/5?x=1", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den;", cookie, StringComparison.Ordinal);
        Assert.Contains("max-age=31536000", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task A_return_address_off_this_site_goes_home_instead(string returnUrl)
    {
        using var client = await ClientAsync();

        using var response = await client.GetAsync($"/language/vi?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_language_changes_nothing_but_still_returns()
    {
        using var client = await ClientAsync();

        using var response = await client.GetAsync("/language/xx?returnUrl=%2F");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_chosen_language_sticks_across_pages()
    {
        _node = await TestNode.StartAsync(Engine.Sqlite);
        var cookies = new System.Net.CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var client = new HttpClient(handler) { BaseAddress = _node.Anonymous.BaseAddress };

        var home = await client.GetStringAsync("/language/en?returnUrl=%2F");
        var missing = await client.GetAsync("/record/31337");

        Assert.Contains("<html lang=\"en\">", home, StringComparison.Ordinal);
        Assert.Contains("<h1>Record not found</h1>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/record/1", true)]
    [InlineData("/", true)]
    [InlineData("//host", false)]
    [InlineData("/\\host", false)]
    [InlineData("/a\nb", false)]
    [InlineData("record/1", false)]
    [InlineData(null, false)]
    public void Only_paths_on_this_site_are_local(string? url, bool local) =>
        Assert.Equal(local, LanguageSwitch.IsLocal(url));

    private async Task<HttpClient> ClientAsync()
    {
        _node = await TestNode.StartAsync(Engine.Sqlite);
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _node.Anonymous.BaseAddress };
    }
}
