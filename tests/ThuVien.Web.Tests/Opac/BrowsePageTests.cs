using System.Globalization;
using System.Net;
using ThuVien.Search.Vietnamese;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Opac;

/// <summary>/browse/subject and /browse/author over HTTP against a node with the demo catalogue; once per database engine.</summary>
public abstract class BrowsePageTests(Engine engine) : NodeTests(engine)
{
    private async Task<TestNode> DemoAsync()
    {
        Node = await TestNode.StartAsync(Engine, loadDemo: true);
        await SearchPages.IndexedAsync(Node);
        return Node;
    }

    [Fact]
    public async Task Subjects_are_listed_in_vietnamese_order_with_counts_that_match_their_search()
    {
        var node = await DemoAsync();

        var page = await OpacPages.GetAsync(node, "/browse/subject", "en");

        var headings = SearchPages.Headings(page);
        Assert.Equal(50, headings.Count);
        Assert.Equal(headings.Select(h => h.Heading).Order(VietnameseCollation.Comparer), headings.Select(h => h.Heading));
        Assert.Contains("<title>Browse by subject – ", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/browse/subject\" aria-current=\"page\">All</a>", page, StringComparison.Ordinal);
        var busiest = headings.MaxBy(h => int.Parse(h.Count.Split(' ')[0], CultureInfo.InvariantCulture));
        Assert.StartsWith("/search?subject=", busiest.Link, StringComparison.Ordinal);
        var results = await OpacPages.GetAsync(node, busiest.Link, "en");
        Assert.Equal(busiest.Count.Split(' ')[0], SearchPages.Total(results).ToString(CultureInfo.InvariantCulture));
        Assert.Contains($"<span class=\"visually-hidden\">Remove filter: </span>{busiest.Heading}</span>", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_letter_Đ_lists_only_names_in_Đ_and_names_typed_without_diacritics_are_found()
    {
        var node = await DemoAsync();

        var letter = await OpacPages.GetAsync(node, "/browse/author?from=" + Uri.EscapeDataString("Đ"));
        var typed = await OpacPages.GetAsync(node, "/browse/author?from=nguyen+du");
        var exact = await OpacPages.GetAsync(node, "/browse/author?from=" + Uri.EscapeDataString("Đỗ"));

        var names = SearchPages.Headings(letter);
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.StartsWith("Đ", n.Heading, StringComparison.Ordinal));
        Assert.Contains(names, n => n.Heading.StartsWith("Đào Duy Anh", StringComparison.Ordinal));
        Assert.Contains("aria-current=\"page\">Đ</a>", letter, StringComparison.Ordinal);
        Assert.Matches("Tiêu đề 1–\\d+ trong số \\d+ bắt đầu bằng “Đ”", letter);
        Assert.Contains(SearchPages.Headings(typed), n => n.Heading.StartsWith("Nguyễn Du", StringComparison.Ordinal));
        Assert.All(SearchPages.Headings(exact), n => Assert.StartsWith("Đỗ", n.Heading, StringComparison.Ordinal));
        Assert.Matches("<span class=\"count\">\\d+ biểu ghi</span>", letter);
    }

    [Fact]
    public async Task Authors_come_fifty_to_a_page_and_page_two_continues_the_list()
    {
        var node = await DemoAsync();

        var first = SearchPages.Headings(await OpacPages.GetAsync(node, "/browse/author"));
        var secondPage = await OpacPages.GetAsync(node, "/browse/author?page=2");
        var second = SearchPages.Headings(secondPage);

        Assert.Equal(50, first.Count);
        Assert.NotEmpty(second);
        Assert.True(VietnameseCollation.Compare(first[^1].Heading, second[0].Heading) < 0, $"{first[^1].Heading} comes before {second[0].Heading}");
        Assert.Contains("<nav class=\"pager\" aria-label=\"Các trang danh sách\">", secondPage, StringComparison.Ordinal);
        Assert.Contains("Tiêu đề 51–", secondPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_that_no_heading_has_says_so()
    {
        var node = await DemoAsync();

        var page = await OpacPages.GetAsync(node, "/browse/subject?from=zzzz&page=-3", "en");

        Assert.Empty(SearchPages.Headings(page));
        Assert.Contains("No headings start with “zzzz”.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Something_else_to_browse_is_a_friendly_404_and_the_layout_links_both_lists()
    {
        Node = await TestNode.StartAsync(Engine);

        var page = await OpacPages.GetAsync(Node, "/browse/title", "en", HttpStatusCode.NotFound);
        var home = await OpacPages.GetAsync(Node, "/");

        Assert.Contains("You can browse by subject or by author.", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/browse/author\">Browse authors</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/browse/subject\">Duyệt chủ đề</a>", home, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/browse/author\">Duyệt tác giả</a>", home, StringComparison.Ordinal);
    }
}

public sealed class BrowsePageOnSqliteTests() : BrowsePageTests(Engine.Sqlite);

public sealed class BrowsePageOnPostgreSqlTests() : BrowsePageTests(Engine.PostgreSql);
