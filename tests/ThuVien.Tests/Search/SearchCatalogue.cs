using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Catalog;
using ThuVien.Catalog.Demo;
using ThuVien.Catalog.Import;
using ThuVien.Marc;
using ThuVien.Search;
using ThuVien.Storage;
using ThuVien.Storage.Sqlite;

namespace ThuVien.Tests.Search;

/// <summary>
/// A real node's parts over a temporary SQLite catalogue holding the demo catalogue and the project's
/// Vietnamese test records, with its search index built: what the search tests search.
/// </summary>
public sealed class SearchCatalogue : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thuvien-search-").FullName;
    private ServiceProvider _services = null!;

    internal CatalogSearch Search => _services.GetRequiredService<CatalogSearch>();

    internal IServiceProvider Services => _services;

    public async ValueTask InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddStorage(new DatabaseSettings(_dir, $"Data Source={Path.Combine(_dir, "thuvien.db")}"), [new SqliteProvider()]).AddCatalog().AddSearch(tailChangeLog: false);
        _services = services.BuildServiceProvider();
        await DatabaseState.MigrateAsync(_services.GetRequiredService<IDbContextFactory<ThuVienDb>>());
        var records = DemoCatalogue.Generate().Concat(VietnameseTestRecords.All).ToList();
        await _services.GetRequiredService<ImportRecords>().RunAsync(records.Select((r, i) => MarcReadResult.Accepted(i + 1, i, r, [])), MatchMode.Both);
        await _services.GetRequiredService<RebuildIndex>().RunAsync(null, CancellationToken.None);
        _services.GetRequiredService<SearchIndex>().SwitchIfRebuilt();
    }

    internal async Task<SearchResult> FindAsync(string query, int size = 10, SearchSort sort = SearchSort.Relevance, Dictionary<string, IReadOnlyList<string>>? filters = null) =>
        await Search.SearchAsync(new SearchRequest(query, filters, sort, 1, size));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}
