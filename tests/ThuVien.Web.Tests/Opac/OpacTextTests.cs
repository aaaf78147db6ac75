using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using ThuVien.Web.Opac;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Opac;

/// <summary>The OPAC's texts and assets: every Vietnamese text has its English, and the stylesheet is cacheable.</summary>
public sealed class OpacTextTests : IAsyncDisposable
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
    public void Every_text_has_an_english_translation_and_nothing_else()
    {
        var resources = new ResourceManager("ThuVien.Web.Opac.OpacText", typeof(OpacText).Assembly);

        var vietnamese = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        var english = Keys(resources.GetResourceSet(new CultureInfo("en"), createIfNotExists: true, tryParents: false));

        Assert.NotEmpty(vietnamese);
        Assert.Equal(vietnamese, english);
        Assert.Equal("Sách", resources.GetString("Material.Book", new CultureInfo("vi")));
        Assert.Equal("Book", resources.GetString("Material.Book", new CultureInfo("en")));
    }

    [Fact]
    public void Every_kind_of_material_and_item_status_has_a_text()
    {
        var resources = new ResourceManager("ThuVien.Web.Opac.OpacText", typeof(OpacText).Assembly);

        foreach (var type in Enum.GetValues<ThuVien.Marc.Mapping.MaterialType>())
        {
            Assert.NotNull(resources.GetString(MaterialLabel.Key(type), CultureInfo.InvariantCulture));
        }

        foreach (var status in Enum.GetNames<ThuVien.Catalog.ItemStatus>())
        {
            Assert.NotNull(resources.GetString("Status." + status, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Every_query_notice_facet_and_sort_has_a_text_in_both_languages()
    {
        var resources = new ResourceManager("ThuVien.Web.Opac.OpacText", typeof(OpacText).Assembly);
        var english = resources.GetResourceSet(new CultureInfo("en"), createIfNotExists: true, tryParents: false)!;
        var vietnamese = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var keys = Enum.GetNames<ThuVien.Search.Query.QueryNotice>().Select(n => "Notice." + n)
            .Concat(ThuVien.Search.FacetDimension.All.Select(d => "Facet." + d.Key))
            .Concat(Enum.GetValues<ThuVien.Search.SearchSort>().Select(s => "Sort." + ThuVien.Search.SearchSorts.Name(s)));

        foreach (var key in keys)
        {
            Assert.False(string.IsNullOrWhiteSpace(vietnamese.GetString(key)), $"{key} has no Vietnamese text");
            Assert.False(string.IsNullOrWhiteSpace(english.GetString(key)), $"{key} has no English text");
            Assert.NotEqual(vietnamese.GetString(key), english.GetString(key));
        }
    }

    [Fact]
    public async Task The_stylesheet_is_served_from_the_assembly_with_a_year_of_caching()
    {
        _node = await TestNode.StartAsync(Engine.Sqlite);
        var home = await _node.Anonymous.GetStringAsync("/");
        var start = home.IndexOf("/opac/site.css?v=", StringComparison.Ordinal);
        Assert.True(start > 0, "the layout links the stylesheet with a version");
        var url = home[start..home.IndexOf('"', start)];

        using var response = await _node.Anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("@media", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _node.Anonymous.GetAsync("/opac/missing.css")).StatusCode);
    }

    private static List<string> Keys(ResourceSet? set) =>
        set is null ? [] : [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)];
}
