using System.Globalization;
using System.Net;
using System.Resources;
using ThuVien.Search.Query;
using ThuVien.Search.Vietnamese;
using ThuVien.Web.Opac;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Opac;

/// <summary>The results page at /search over HTTP against a real node; run once per database engine by the subclasses.</summary>
public abstract class SearchPageTests(Engine engine) : NodeTests(engine)
{
    private static readonly ResourceManager Texts = new("ThuVien.Web.Opac.OpacText", typeof(OpacText).Assembly);
    private async Task<TestNode> DemoAsync()
    {
        Node = await TestNode.StartAsync(Engine, loadDemo: true);
        await SearchPages.IndexedAsync(Node);
        return Node;
    }

    [Fact]
    public async Task Truyen_kieu_typed_without_diacritics_finds_the_poem_in_vietnamese_and_in_english()
    {
        var node = await DemoAsync();

        var vietnamese = await OpacPages.GetAsync(node, "/search?q=truyen+kieu");
        var english = await OpacPages.GetAsync(node, "/search?q=truyen+kieu", "en");

        Assert.Contains("Truyện Kiều", SearchPages.Titles(vietnamese));
        Assert.Contains("<title>“truyen kieu” – kết quả tìm kiếm – ", vietnamese, StringComparison.Ordinal);
        Assert.Matches("Kết quả 1–\\d+ trong số \\d+ cho “truyen kieu”", vietnamese);
        Assert.Contains("<input id=\"q\" name=\"q\" type=\"search\" value=\"truyen kieu\"", vietnamese, StringComparison.Ordinal);
        Assert.Contains("<summary id=\"refine-summary\">Lọc kết quả</summary>", vietnamese, StringComparison.Ordinal);
        Assert.Contains("<mark>", vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"site-q\"", vietnamese, StringComparison.Ordinal);

        Assert.Equal("en", OpacPages.HtmlLang(english));
        Assert.Contains("Truyện Kiều", SearchPages.Titles(english));
        Assert.Contains("<title>“truyen kieu” – search results – ", english, StringComparison.Ordinal);
        Assert.Matches("1–\\d+ of \\d+ results for “truyen kieu”", english);
        Assert.Contains(">Refine results</summary>", english, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"facet-language\">Language</h2>", english, StringComparison.Ordinal);
        Assert.Matches("<span class=\"label\">Vietnamese</span> <span class=\"count\">\\(\\d+\\)</span>", english);
        Assert.Matches("copies? available|1 copy, available", english);
    }

    [Fact]
    public async Task A_facet_link_narrows_the_results_and_the_chosen_value_can_be_removed_again()
    {
        var node = await DemoAsync();
        var all = await OpacPages.GetAsync(node, "/search", "en");
        var total = SearchPages.Total(all);

        var narrowed = await OpacPages.GetAsync(node, SearchPages.Link(all, "language=eng"), "en");

        var english = SearchPages.Total(narrowed);
        Assert.InRange(english, 1, total - 1);
        Assert.Contains("class=\"facet-value selected\" href=\"/search\"", narrowed, StringComparison.Ordinal);
        Assert.Contains("<span class=\"visually-hidden\">Remove filter: </span>English</span>", narrowed, StringComparison.Ordinal);
        Assert.Contains(">Clear all filters</a>", narrowed, StringComparison.Ordinal);

        var both = await OpacPages.GetAsync(node, SearchPages.Link(narrowed, "language=eng&language=vie"), "en");
        Assert.InRange(SearchPages.Total(both), english + 1, total);
        var books = await OpacPages.GetAsync(node, SearchPages.Link(narrowed, "language=eng&type=book"), "en");
        Assert.InRange(SearchPages.Total(books), 1, english);

        var removed = await OpacPages.GetAsync(node, "/search", "en");
        Assert.Equal(total, SearchPages.Total(removed));
        Assert.DoesNotContain("facet-value selected", removed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_by_title_lists_the_titles_in_vietnamese_alphabetical_order()
    {
        var node = await DemoAsync();

        var page = await OpacPages.GetAsync(node, "/search?sort=title&size=60");
        var reversed = await OpacPages.GetAsync(node, "/search?sort=-title&size=60");

        var titles = SearchPages.Titles(page);
        Assert.Equal(60, titles.Count);
        Assert.Equal(titles.Order(VietnameseCollation.Comparer), titles);
        Assert.Equal(SearchPages.Titles(reversed).Order(VietnameseCollation.Comparer).Reverse(), SearchPages.Titles(reversed));
        Assert.Contains("<option value=\"title\" selected=\"selected\">Nhan đề A–Z</option>", page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"size\" value=\"60\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_two_continues_where_page_one_ends()
    {
        var node = await DemoAsync();

        var first = await OpacPages.GetAsync(node, "/search?q=van+hoc", "en");
        var second = await OpacPages.GetAsync(node, SearchPages.Link(first, "page=2"), "en");

        Assert.Equal(20, SearchPages.Ids(first).Count);
        Assert.NotEmpty(SearchPages.Ids(second));
        Assert.Empty(SearchPages.Ids(first).Intersect(SearchPages.Ids(second)));
        Assert.Matches("21–\\d+ of \\d+ results for “van hoc”", second);
        Assert.Contains("<nav class=\"pager\" aria-label=\"Result pages\">", second, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Page 2\" aria-current=\"page\">2</a>", second, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/search?q=van%20hoc\" rel=\"prev\">", second, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"records hits\" start=\"21\">", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_search_lists_the_whole_catalogue()
    {
        var node = await DemoAsync();
        var records = await SearchPages.IndexedAsync(node);

        var page = await OpacPages.GetAsync(node, "/search?q=");

        Assert.Contains($"Biểu ghi 1–20 trong số {records.ToString("N0", new CultureInfo("vi"))} của mục lục", page, StringComparison.Ordinal);
        Assert.Contains("<title>Toàn bộ mục lục – ", page, StringComparison.Ordinal);
        Assert.Equal(20, SearchPages.Titles(page).Count);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so_and_offers_the_closest_words()
    {
        var node = await DemoAsync();

        var page = await OpacPages.GetAsync(node, "/search?q=truyen+kiue");
        var english = await OpacPages.GetAsync(node, "/search?q=truyen+kiue", "en");

        Assert.Empty(SearchPages.Titles(page));
        Assert.Contains("Không tìm thấy biểu ghi nào cho “truyen kiue”.", page, StringComparison.Ordinal);
        Assert.Contains("Có phải bạn muốn tìm:", page, StringComparison.Ordinal);
        var suggestion = SearchPages.Link(page, "kieu");
        Assert.StartsWith("/search?q=truyen%20kieu", suggestion, StringComparison.Ordinal);
        Assert.Contains("Truyện Kiều", SearchPages.Titles(await OpacPages.GetAsync(node, suggestion)));
        Assert.Contains("No records match “truyen kiue”.", english, StringComparison.Ordinal);
        Assert.Contains("Did you mean:", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/browse/subject\">Browse subjects</a>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_with_markup_is_encoded_in_the_results()
    {
        Node = await TestNode.StartAsync(Engine);
        await OpacPages.CreateAsync(Node, Records.KieuJson(title: "<script>alert(1)</script>"));
        await SearchPages.IndexedAsync(Node);

        var page = await OpacPages.GetAsync(Node, "/search?q=alert");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;</a></h3>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Equal(["<script>alert(1)</script>"], SearchPages.Titles(page));
    }

    [Theory]
    [InlineData("\"", nameof(QueryNotice.UnbalancedQuote))]
    [InlineData("(((", nameof(QueryNotice.EmptyGroup))]
    [InlineData("(truyện", nameof(QueryNotice.UnbalancedParenthesis))]
    [InlineData("title:", nameof(QueryNotice.EmptyField))]
    [InlineData("year:abc", nameof(QueryNotice.InvalidYear))]
    public async Task Odd_input_gets_the_page_with_a_notice_in_the_readers_language(string query, string notice)
    {
        Node = await TestNode.StartAsync(Engine);

        var vietnamese = await OpacPages.GetAsync(Node, "/search?q=" + Uri.EscapeDataString(query));
        var english = await OpacPages.GetAsync(Node, "/search?q=" + Uri.EscapeDataString(query), "en");

        Assert.Contains($"<li>{Texts.GetString("Notice." + notice, CultureInfo.InvariantCulture)}</li>", vietnamese, StringComparison.Ordinal);
        Assert.Contains($"<li>{Texts.GetString("Notice." + notice, new CultureInfo("en"))}</li>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("<li>" + Texts.GetString("Notice." + notice, CultureInfo.InvariantCulture), english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_kilobytes_of_text_gets_the_page_with_a_notice_and_a_short_title()
    {
        Node = await TestNode.StartAsync(Engine);
        var huge = string.Join(' ', Enumerable.Repeat("thư viện", 1300));

        var page = await OpacPages.GetAsync(Node, "/search?q=" + Uri.EscapeDataString(huge), "en");

        Assert.Contains("<li>The search was too long; only its first 1,000 characters were used.</li>", page, StringComparison.Ordinal);
        var title = page[page.IndexOf("<title>", StringComparison.Ordinal)..page.IndexOf("</title>", StringComparison.Ordinal)];
        Assert.InRange(title.Length, 10, 200);
        Assert.True(page.Length < 40_000, $"the page is {page.Length} characters long");
        Assert.Contains("href=\"/language/vi?returnUrl=%2Fsearch%3Fq%3Dth%25C6%25B0", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parameters_it_cannot_read_are_replaced_by_the_defaults()
    {
        var node = await DemoAsync();

        var page = await OpacPages.GetAsync(node, "/search?q=truyen+kieu&page=abc&size=100000&sort=colour", "en");

        Assert.Contains("<li>Some settings in the address were not valid; the defaults were used instead.</li>", page, StringComparison.Ordinal);
        Assert.Contains("Truyện Kiều", SearchPages.Titles(page));
        Assert.Contains("<option value=\"relevance\" selected=\"selected\">Relevance</option>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_end_offers_the_first_page()
    {
        var node = await DemoAsync();

        var page = await OpacPages.GetAsync(node, "/search?q=truyen+kieu&page=400", "en");

        Assert.Empty(SearchPages.Titles(page));
        Assert.Contains("This page is past the end of the list. <a href=\"/search?q=truyen%20kieu\">Back to the first page</a>", page, StringComparison.Ordinal);
    }
}

public sealed class SearchPageOnSqliteTests() : SearchPageTests(Engine.Sqlite);

public sealed class SearchPageOnPostgreSqlTests() : SearchPageTests(Engine.PostgreSql);
