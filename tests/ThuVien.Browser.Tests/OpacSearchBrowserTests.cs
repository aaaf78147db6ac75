using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ThuVien.Browser.Tests.Support;

namespace ThuVien.Browser.Tests;

/// <summary>Searching the OPAC in a real browser: results, facets, pages, language, phone width, autocomplete and the keyboard.</summary>
public sealed partial class OpacSearchBrowserTests(BrowserSession session)
{
    [Fact]
    public async Task A_search_from_the_home_page_lists_truyen_kieu()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("#q").FillAsync("truyen kieu");
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/search");

        Assert.Contains("Truyện Kiều", await page.Locator("h3.hit-title a").AllInnerTextsAsync());
        Assert.Equal("truyen kieu", await page.Locator("#q").InputValueAsync());
        Assert.Contains("truyen kieu", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("details.refine").GetAttributeAsync("open") is not null, "the facets are open on a wide screen");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Clicking_a_facet_value_shrinks_the_count_and_clicking_it_again_restores_it()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/search?q=");
        var all = await TotalAsync(page);

        await page.Locator("a.facet-value[href*='language=eng']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("language=eng", StringComparison.Ordinal));

        var english = await TotalAsync(page);
        Assert.InRange(english, 1, all - 1);
        Assert.Equal(1, await page.Locator("a.facet-value.selected").CountAsync());
        await page.Locator("a.facet-value.selected").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("language=eng", StringComparison.Ordinal));
        Assert.Equal(all, await TotalAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_next_page_continues_the_list()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/search?q=van+hoc");
        var first = await page.Locator("h3.hit-title a").AllInnerTextsAsync();

        await page.Locator("nav.pager a[rel=next]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("page=2", StringComparison.Ordinal));

        Assert.Equal("21", await page.Locator("ol.hits").GetAttributeAsync("start"));
        Assert.Equal("2", await page.Locator("nav.pager a[aria-current=page]").InnerTextAsync());
        Assert.NotEqual(first[0], (await page.Locator("h3.hit-title a").AllInnerTextsAsync())[0]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_record_opens_from_the_results()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/search?q=truyen+kieu");
        var title = await page.Locator("h3.hit-title a").First.InnerTextAsync();

        await page.Locator("h3.hit-title a").First.ClickAsync();
        await page.WaitForURLAsync(RecordPath());

        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Switching_to_english_on_the_results_keeps_the_search()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/search?q=truyen+kieu&language=vie");
        var total = await TotalAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("document.documentElement.lang === 'en'");

        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal("/search", new Uri(page.Url).AbsolutePath);
        Assert.Equal("truyen kieu", query["q"]);
        Assert.Equal("vie", query["language"]);
        Assert.Equal("truyen kieu", await page.Locator("#q").InputValueAsync());
        Assert.Contains("results for “truyen kieu”", await page.Locator("#result-count").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(total, await TotalAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task At_phone_width_the_facets_fold_away_and_nothing_scrolls_sideways()
    {
        var page = await session.NewPageAsync(375, 740);
        await page.GotoAsync("/search?q=truyen+kieu");

        Assert.Null(await page.Locator("details.refine").GetAttributeAsync("open"));
        Assert.False(await page.Locator("a.facet-value").First.IsVisibleAsync());
        Assert.True(await page.Locator("h3.hit-title a").First.IsVisibleAsync());
        await AssertFitsAsync(page);

        await page.Locator("details.refine summary").ClickAsync();
        Assert.True(await page.Locator("a.facet-value").First.IsVisibleAsync());
        await AssertFitsAsync(page);

        await page.GotoAsync("/browse/author?from=" + Uri.EscapeDataString("Đ"));
        await AssertFitsAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Choosing_the_sort_reloads_the_results_in_that_order()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/search?q=van+hoc");

        await page.Locator("#sort").SelectOptionAsync("title");
        await page.WaitForURLAsync(url => url.Contains("sort=title", StringComparison.Ordinal));

        Assert.Equal("title", await page.Locator("#sort").InputValueAsync());
        using var api = new HttpClient { BaseAddress = session.BaseAddress };
        var sorted = await api.GetFromJsonAsync<JsonElement>("/api/v1/search?q=van+hoc&sort=title&size=20", TestContext.Current.CancellationToken);
        Assert.Equal(sorted.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()), await page.Locator("h3.hit-title a").AllInnerTextsAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Autocomplete_offers_truyen_kieu_and_the_arrow_and_enter_keys_take_it()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");
        var input = page.Locator("#q");

        await input.PressSequentiallyAsync("truyen ki", new() { Delay = 30 });

        // A pause while typing may show completions of "truyen" first; those of "truyen ki" replace them.
        await page.Locator("#q-suggestions [role=option]", new() { HasText = "Truyện Kiều" }).First.WaitForAsync();

        Assert.Equal("combobox", await input.GetAttributeAsync("role"));
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        Assert.Equal("q-suggestions", await input.GetAttributeAsync("aria-controls"));
        var first = await page.Locator("#q-suggestions [role=option]").First.InnerTextAsync();
        Assert.StartsWith("Truyện Kiều", first, StringComparison.Ordinal);

        await input.PressAsync("ArrowDown");
        Assert.Equal("q-suggestions-0", await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await page.Locator("#q-suggestions-0").GetAttributeAsync("aria-selected"));
        await input.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/search");

        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal(first, query["q"]);
        Assert.Contains(await page.Locator("h3.hit-title a").AllInnerTextsAsync(), t => t.StartsWith("Truyện Kiều", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Escape_closes_the_suggestions_and_leaves_what_was_typed()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/record/1");
        var input = page.Locator("#site-q");

        await input.PressSequentiallyAsync("to hoai", new() { Delay = 30 });
        await page.Locator("#site-q-suggestions [role=option]", new() { HasText = "Tô Hoài" }).First.WaitForAsync();

        await input.PressAsync("Escape");

        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        Assert.False(await page.Locator("#site-q-suggestions").IsVisibleAsync());
        Assert.Equal("to hoai", await input.InputValueAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_keyboard_alone_reaches_the_first_facet_and_enter_applies_it()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/search?q=truyen+kieu");
        var firstFacet = await page.Locator("a.facet-value").First.GetAttributeAsync("href");

        for (var presses = 0; presses < 40 && !await page.EvaluateAsync<bool>("document.activeElement.classList.contains('facet-value')"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(firstFacet, await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith(firstFacet!, StringComparison.Ordinal));

        Assert.Equal(1, await page.Locator("a.facet-value.selected").CountAsync());
        Assert.Equal(1, await page.Locator(".active-filters li").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_browse_list_by_letter_leads_to_the_records_with_that_heading()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Duyệt tác giả" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/browse/author");
        await page.Locator("nav.letters a", new() { HasTextRegex = new Regex("^Đ$") }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("from=", StringComparison.Ordinal));
        var heading = page.Locator("ul.headings a").First;
        var name = await heading.InnerTextAsync();
        var count = int.Parse((await page.Locator("ul.headings .count").First.InnerTextAsync()).Split(' ')[0], CultureInfo.InvariantCulture);
        await heading.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/search");

        Assert.StartsWith("Đ", name, StringComparison.Ordinal);
        Assert.Equal(count, await TotalAsync(page));
        await page.Context.CloseAsync();
    }

    /// <summary>The total the results page states, in either language ("… trong số 345 …", "… of 345 …").</summary>
    private static async Task<int> TotalAsync(IPage page)
    {
        var text = await page.Locator("#result-count").InnerTextAsync();
        var match = StatedTotal().Match(text);
        if (match.Success)
        {
            return int.Parse(match.Groups[1].Value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        }

        return text.StartsWith("Một", StringComparison.Ordinal) || text.StartsWith("One", StringComparison.Ordinal) ? 1 : 0;
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0]}px wide in a {widths[1]}px window at {page.Url}");
    }

    [GeneratedRegex(@"(?:trong số|of) ([\d.,]+)")]
    private static partial Regex StatedTotal();

    [GeneratedRegex(@"/record/\d+$")]
    private static partial Regex RecordPath();
}
