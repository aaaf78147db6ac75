using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ThuVien.Browser.Tests.Support;

namespace ThuVien.Browser.Tests;

/// <summary>The OPAC in a real browser: language, navigation, downloads, phone width and the keyboard.</summary>
public sealed partial class OpacBrowserTests(BrowserSession session)
{
    [Fact]
    public async Task The_home_page_is_in_vietnamese()
    {
        var page = await session.NewPageAsync();

        await page.GotoAsync("/");

        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Tìm sách và tài liệu", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.GetByLabel("Tìm trong mục lục").IsVisibleAsync());
        Assert.Equal(8, await page.Locator("ol.latest > li").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task English_chosen_once_stays_while_the_reader_moves_between_pages()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForFunctionAsync("document.documentElement.lang === 'en'");
        Assert.Equal("Find books and more", await page.Locator("h1").InnerTextAsync());
        await page.Locator("ol.latest a").First.ClickAsync();
        await page.WaitForURLAsync(RecordPath());

        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Copies", await page.Locator("#copies-heading").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_record_opened_from_the_latest_list_shows_its_copies()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");
        var title = await page.Locator("ol.latest a").First.InnerTextAsync();

        await page.Locator("ol.latest a").First.ClickAsync();
        await page.WaitForURLAsync(RecordPath());

        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("table.copies").IsVisibleAsync());
        Assert.True(await page.Locator("table.copies tbody tr:not(.group)").CountAsync() >= 1);
        Assert.Equal("Tình trạng", await page.Locator("table.copies thead th").Nth(2).InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_ris_export_downloads_as_a_ris_file()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("ol.latest a").First.ClickAsync();
        await page.WaitForURLAsync(RecordPath());
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href$='/export/ris']").ClickAsync());

        Assert.Equal($"record-{id}.ris", download.SuggestedFilename);
        var path = await download.PathAsync();
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        Assert.StartsWith("TY  - ", text, StringComparison.Ordinal);
        Assert.EndsWith("ER  - \r\n", text, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task At_phone_width_nothing_scrolls_sideways_and_the_search_box_shows()
    {
        var page = await session.NewPageAsync(375, 740);
        await page.GotoAsync("/");
        await AssertFitsAsync(page);
        var box = await page.Locator("#q").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(await page.Locator("#q").IsVisibleAsync());
        Assert.InRange(box.X + box.Width, 0, 375);

        await page.Locator("ol.latest a").First.ClickAsync();
        await page.WaitForURLAsync(RecordPath());
        await page.Locator("details.marc summary").ClickAsync();
        await AssertFitsAsync(page);
        Assert.True(await page.Locator("#site-q").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_first_tab_reaches_the_skip_link_and_enter_moves_focus_to_the_main_content()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(box is { Y: >= 0 }, "the focused skip link is on screen");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'main'");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.tagName.toLowerCase()"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Submitting_the_search_form_asks_for_the_search_page()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Tìm trong mục lục").FillAsync("truyện kiều");
        await page.GetByLabel("Tìm trong mục lục").PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/search");

        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal("truyện kiều", query["q"]);
        await page.Context.CloseAsync();
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0]}px wide in a {widths[1]}px window at {page.Url}");
    }

    [GeneratedRegex(@"/record/\d+$")]
    private static partial Regex RecordPath();
}
