using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Search;
using ThuVien.Search.Vietnamese;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Search;

/// <summary>GET /api/v1/search against a real node whose indexer tails the change log; once per database engine.</summary>
public abstract class SearchApiTests(Engine engine) : NodeTests(engine)
{
    private static readonly TimeSpan IndexWait = TimeSpan.FromSeconds(15);
    [Fact]
    public async Task A_created_record_becomes_findable_then_an_update_and_a_delete_show_in_search()
    {
        var node = await NodeAsync();
        var created = await node.Staff.PostAsync("/api/v1/records", Records.KieuJson(title: "Lục Vân Tiên"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        Assert.Equal(1, await TotalWhenAsync(node, "luc van tien", total => total == 1));

        var record = await node.Staff.GetFromJsonAsync<JsonElement>(location);
        using var update = new HttpRequestMessage(HttpMethod.Put, location) { Content = Records.KieuJson(title: "Hoa Tiên truyện") };
        update.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{record.GetProperty("version").GetInt32()}\""));
        Assert.Equal(HttpStatusCode.OK, (await node.Staff.SendAsync(update)).StatusCode);
        Assert.Equal(1, await TotalWhenAsync(node, "hoa tien truyen", total => total == 1));
        Assert.Equal(0, await TotalWhenAsync(node, "luc van tien", total => total == 0));

        Assert.Equal(HttpStatusCode.NoContent, (await node.Staff.DeleteAsync(location)).StatusCode);
        Assert.Equal(0, await TotalWhenAsync(node, "hoa tien truyen", total => total == 0));
    }

    [Fact]
    public async Task Facet_filters_narrow_the_results_and_the_counts_add_up()
    {
        var node = await NodeAsync(demo: true);
        await TotalWhenAsync(node, string.Empty, total => total > 300);
        var all = await SearchAsync(node, "?q=&size=1");
        var types = all.GetProperty("facets").GetProperty("type").EnumerateArray().Sum(v => v.GetProperty("count").GetInt32());
        Assert.Equal(all.GetProperty("total").GetInt32(), types);

        var english = await SearchAsync(node, "?q=&language=eng&size=100");
        Assert.InRange(english.GetProperty("total").GetInt32(), 1, all.GetProperty("total").GetInt32() - 1);
        var languages = english.GetProperty("facets").GetProperty("language").EnumerateArray().ToList();
        Assert.Contains(languages, v => v.GetProperty("value").GetString() == "eng" && v.GetProperty("selected").GetBoolean() && v.GetProperty("count").GetInt32() == english.GetProperty("total").GetInt32());

        var both = await SearchAsync(node, "?q=&language=eng&language=vie&size=1");
        Assert.True(both.GetProperty("total").GetInt32() > english.GetProperty("total").GetInt32());
        var available = await SearchAsync(node, "?q=&available=true&size=1");
        Assert.InRange(available.GetProperty("total").GetInt32(), 1, all.GetProperty("total").GetInt32());
        var decade = await SearchAsync(node, "?q=&year=2010-2019&size=100");
        Assert.All(decade.GetProperty("hits").EnumerateArray(), h => Assert.InRange(h.GetProperty("year").GetInt32(), 2010, 2019));
    }

    [Fact]
    public async Task Titles_sort_in_Vietnamese_alphabetical_order_both_ways()
    {
        var node = await NodeAsync(demo: true);
        await TotalWhenAsync(node, string.Empty, total => total > 300);
        var titles = (await SearchAsync(node, "?q=&sort=title&size=100")).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        Assert.Equal(titles.Order(VietnameseCollation.Comparer).ToList(), titles);
        var reversed = (await SearchAsync(node, "?q=&sort=-title&size=100")).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        Assert.Equal(reversed.Order(VietnameseCollation.Comparer).Reverse().ToList(), reversed);
        var years = (await SearchAsync(node, "?q=&sort=-year&size=50")).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("year").GetInt32()).ToList();
        Assert.Equal(years.OrderDescending().ToList(), years);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("(((")]
    [InlineData("AND")]
    [InlineData("NOT")]
    [InlineData("OR OR OR")]
    [InlineData("title:")]
    [InlineData("year:abc")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("\u0001\u0002 truyện \u0000")]
    [InlineData("🙂📚 sách")]
    [InlineData("a:b:c:d")]
    [InlineData("isbn:")]
    [InlineData("year:[2000 TO")]
    [InlineData("))) AND (((")]
    public async Task Odd_input_gets_an_answer_not_an_error(string query)
    {
        var node = await NodeAsync();
        var response = await node.Anonymous.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task Ten_kilobytes_of_text_and_broken_utf8_get_an_answer()
    {
        var node = await NodeAsync();
        var huge = string.Join(' ', Enumerable.Repeat("thư viện", 1300));
        Assert.Equal(HttpStatusCode.OK, (await node.Anonymous.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(huge))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await node.Anonymous.GetAsync("/api/v1/search?q=%ED%A0%80%FF%FE")).StatusCode);
    }

    [Fact]
    public async Task Wrong_parameters_are_refused_with_the_field_named()
    {
        var node = await NodeAsync();
        var response = await node.Anonymous.GetAsync("/api/v1/search?q=a&sort=colour&size=1000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("sort", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("size", out _));
    }

    [Fact]
    public async Task Autocomplete_and_did_you_mean_help_a_reader_who_is_typing()
    {
        var node = await NodeAsync(demo: true);
        await TotalWhenAsync(node, string.Empty, total => total > 300);
        var titles = await node.Anonymous.GetFromJsonAsync<string[]>("/api/v1/search/suggest?q=truyen%20ki");
        Assert.Contains(titles!, t => t.StartsWith("Truyện Kiều", StringComparison.Ordinal));
        var authors = await node.Anonymous.GetFromJsonAsync<string[]>("/api/v1/search/suggest?q=to%20ho&field=author");
        Assert.Contains(authors!, a => a.StartsWith("Tô Hoài", StringComparison.Ordinal));

        var nothing = await SearchAsync(node, "?q=truyen%20kiue");
        Assert.Equal(0, nothing.GetProperty("total").GetInt32());
        Assert.Contains(nothing.GetProperty("suggestions").EnumerateArray(), s => s.GetString()!.Contains("kieu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Snippets_mark_the_words_found_and_encode_the_rest()
    {
        var node = await NodeAsync();
        var body = Records.KieuJson(title: "Sách <b>in đậm</b> & \"dấu ngoặc\"");
        Assert.Equal(HttpStatusCode.Created, (await node.Staff.PostAsync("/api/v1/records", body)).StatusCode);
        await TotalWhenAsync(node, "dam", total => total == 1);
        var hit = (await SearchAsync(node, "?q=nguyen%20du")).GetProperty("hits")[0];
        Assert.Equal("Sách <b>in đậm</b> & \"dấu ngoặc\"", hit.GetProperty("title").GetString());
        var snippet = hit.GetProperty("snippet").GetString()!;
        Assert.Contains("<mark>Nguyễn</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuilding_the_index_while_readers_search_never_fails_a_search()
    {
        var node = await NodeAsync(demo: true);
        var before = await TotalWhenAsync(node, "van hoc", total => total > 10);
        using var stop = new CancellationTokenSource();
        var searches = 0;
        var failures = new List<string>();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await node.Anonymous.GetAsync("/api/v1/search?q=van%20hoc&size=5", CancellationToken.None);
                Interlocked.Increment(ref searches);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    lock (failures)
                    {
                        failures.Add(response.StatusCode.ToString());
                    }
                }
            }
        })).ToList();

        var outcome = await node.Services.GetRequiredService<RebuildIndex>().RunAsync(null, CancellationToken.None);
        await TotalWhenAsync(node, "van hoc", total => total == before && node.Services.GetRequiredService<SearchIndex>().Current.Name == outcome.Generation);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(failures);
        Assert.True(searches > 0);
        Assert.True(outcome.Records > 300);
    }

    private static async Task<JsonElement> SearchAsync(TestNode node, string query) =>
        await node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/search" + query);

    /// <summary>Polls the search until <paramref name="done"/> holds for its total; the indexer runs in the background.</summary>
    private static async Task<int> TotalWhenAsync(TestNode node, string q, Func<int, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var total = (await SearchAsync(node, "?size=1&q=" + Uri.EscapeDataString(q))).GetProperty("total").GetInt32();
            if (done(total) || waited.Elapsed > IndexWait)
            {
                return total;
            }

            await Task.Delay(100);
        }
    }
}

public sealed class SearchApiOnSqliteTests() : SearchApiTests(Engine.Sqlite);

public sealed class SearchApiOnPostgreSqlTests() : SearchApiTests(Engine.PostgreSql);
