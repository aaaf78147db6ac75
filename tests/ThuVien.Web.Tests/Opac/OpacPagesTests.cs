using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThuVien.Web.Opac;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Opac;

/// <summary>The OPAC's pages over HTTP against a real node; run once per database engine by the subclasses.</summary>
public abstract class OpacPagesTests(Engine engine) : NodeTests(engine)
{
    private static async Task<long> DemoRecordAsync(TestNode node, string title)
    {
        for (var page = 1; page <= 5; page++)
        {
            var list = await node.Anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/records?size=200&language=vie&page={page}");
            foreach (var record in list.GetProperty("items").EnumerateArray())
            {
                if (record.GetProperty("title").GetString() == title)
                {
                    return record.GetProperty("id").GetInt64();
                }
            }
        }

        Assert.Fail($"the demo catalogue has no record titled {title}");
        return 0;
    }

    [Fact]
    public async Task The_home_page_is_vietnamese_by_default_and_english_with_the_culture_cookie()
    {
        var node = await NodeAsync();
        var id = await OpacPages.CreateAsync(node, Records.KieuJson());

        var vietnamese = await OpacPages.GetAsync(node, "/");
        Assert.Equal("vi", OpacPages.HtmlLang(vietnamese));
        Assert.Contains("<label for=\"q\">Tìm trong mục lục</label>", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Số biểu ghi: 1. Số bản tài liệu: 2.", vietnamese, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/record/{id}\">Truyện Kiều</a>", vietnamese, StringComparison.Ordinal);
        Assert.Contains("<title>Mục lục trực tuyến – Thư viện ThuVien</title>", vietnamese, StringComparison.Ordinal);

        var english = await OpacPages.GetAsync(node, "/", "en");
        Assert.Equal("en", OpacPages.HtmlLang(english));
        Assert.Contains("<label for=\"q\">Search the catalogue</label>", english, StringComparison.Ordinal);
        Assert.Contains("Records: 1. Copies: 2.", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/api\"", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_asking_for_english_still_gets_vietnamese_until_the_reader_switches()
    {
        var node = await NodeAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var page = await (await node.Anonymous.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Equal("vi", OpacPages.HtmlLang(page));
    }

    [Fact]
    public async Task A_demo_record_is_shown_in_full_with_its_copies_grouped_by_library_and_location()
    {
        Node = await TestNode.StartAsync(Engine, loadDemo: true);
        var id = await DemoRecordAsync(Node, "Truyện Kiều");
        var items = await Node.Anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/records/{id}/items");

        var response = await Node.Anonymous.GetAsync($"/record/{id}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 id=\"record-title\">Truyện Kiều</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/search?q=author%3A%22Nguy%E1%BB%85n%20Du", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/search?q=subject%3A%22", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Xuất bản</dt>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>Tiếng Việt</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<table class=\"copies\">", page, StringComparison.Ordinal);
        foreach (var item in items.EnumerateArray())
        {
            Assert.Contains($"<td class=\"barcode\">{item.GetProperty("barcode").GetString()}</td>", page, StringComparison.Ordinal);
            Assert.Contains($"Thư viện {item.GetProperty("library").GetString()} · Kho {item.GetProperty("location").GetString()}", page, StringComparison.Ordinal);
        }

        Assert.Contains("245 10 $a Truyện Kiều", page, StringComparison.Ordinal);
        Assert.Contains("<i>Truyện Kiều</i>", page, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost:5000/record/{id}\">", page, StringComparison.Ordinal);
        foreach (var format in RecordExport.Formats)
        {
            Assert.Contains($"href=\"/record/{id}/export/{format}\" download", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Copies_show_their_status_in_the_readers_language_and_only_available_copies_are_available()
    {
        var node = await NodeAsync();
        var id = await OpacPages.CreateAsync(node, Records.KieuJson(barcodes: ["TV00000011"]));
        var lost = await node.Staff.PostAsJsonAsync($"/api/v1/records/{id}/items", new { barcode = "TV00000012", library = "MAIN", location = "KHO-MO", status = "lost" });
        Assert.Equal(HttpStatusCode.Created, lost.StatusCode);

        var vietnamese = await OpacPages.GetAsync(node, $"/record/{id}");
        var english = await OpacPages.GetAsync(node, $"/record/{id}", "en");

        Assert.Contains("<span class=\"status available\">Có sẵn</span>", vietnamese, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status unavailable\">Bị mất</span>", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Số bản: 2. Có sẵn: 1.", vietnamese, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status unavailable\">Lost</span>", english, StringComparison.Ordinal);
        Assert.Contains("Copies: 2. Available: 1.", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_are_written_the_way_each_language_writes_them()
    {
        var node = await NodeAsync();
        var id = await OpacPages.CreateAsync(node, Records.KieuJson());
        var updated = (await node.Anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/records/{id}")).GetProperty("updatedAt").GetDateTime();
        var local = VietnamTime.FromUtc(updated.ToUniversalTime());

        var vietnamese = await OpacPages.GetAsync(node, $"/record/{id}");
        var english = await OpacPages.GetAsync(node, $"/record/{id}", "en");

        Assert.Contains($">{local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}</time>", vietnamese, StringComparison.Ordinal);
        Assert.Contains($">{local.ToString("M/d/yyyy", CultureInfo.InvariantCulture)}</time>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_with_markup_is_shown_as_text_on_every_page()
    {
        var node = await NodeAsync();
        var id = await OpacPages.CreateAsync(node, Records.KieuJson(title: "<script>alert(1)</script>"));

        foreach (var path in new[] { "/", $"/record/{id}" })
        {
            var page = await OpacPages.GetAsync(node, path);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_allow_only_their_own_scripts_and_styles()
    {
        var node = await NodeAsync();

        var response = await node.Anonymous.GetAsync("/");

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_record_is_a_friendly_404_page()
    {
        var node = await NodeAsync();

        var response = await node.Anonymous.GetAsync("/record/987654");
        var english = await OpacPages.GetAsync(node, "/record/987654", "en", HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Không tìm thấy biểu ghi</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Về trang chủ mục lục</a>", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Record not found</h1>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_record_is_410_and_says_it_was_withdrawn()
    {
        var node = await NodeAsync();
        var id = await OpacPages.CreateAsync(node, Records.KieuJson());
        Assert.Equal(HttpStatusCode.NoContent, (await node.Staff.DeleteAsync($"/api/v1/records/{id}")).StatusCode);

        var vietnamese = await OpacPages.GetAsync(node, $"/record/{id}", expected: HttpStatusCode.Gone);
        var english = await OpacPages.GetAsync(node, $"/record/{id}", "en", HttpStatusCode.Gone);
        var home = await OpacPages.GetAsync(node, "/");

        Assert.Contains("Biểu ghi này đã bị rút khỏi mục lục.", vietnamese, StringComparison.Ordinal);
        Assert.Contains("This record was withdrawn from the catalogue.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Truyện Kiều", english, StringComparison.Ordinal);
        Assert.Contains("Số biểu ghi: 0. Số bản tài liệu: 0.", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await node.Anonymous.GetAsync($"/record/{id}/export/ris")).StatusCode);
    }

    [Fact]
    public async Task The_header_search_form_asks_for_the_search_page()
    {
        var node = await NodeAsync();
        var id = await OpacPages.CreateAsync(node, Records.KieuJson());

        var page = await OpacPages.GetAsync(node, $"/record/{id}");

        Assert.Contains("<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">", page, StringComparison.Ordinal);
        Assert.Contains("<input id=\"site-q\" name=\"q\" type=\"search\"", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"skip-link\" href=\"#main\">", page, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\" tabindex=\"-1\">", page, StringComparison.Ordinal);
    }
}

public sealed class OpacPagesOnSqliteTests() : OpacPagesTests(Engine.Sqlite);

public sealed class OpacPagesOnPostgreSqlTests() : OpacPagesTests(Engine.PostgreSql);
