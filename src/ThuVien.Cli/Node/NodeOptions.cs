using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Catalog;
using ThuVien.Search;
using ThuVien.Storage;
using ThuVien.Storage.Postgres;
using ThuVien.Storage.Sqlite;

namespace ThuVien.Cli.Node;

/// <summary>--data and --db, taken by every command that touches a node's state.</summary>
internal sealed class NodeOptions
{
    public static readonly IReadOnlyList<IDatabaseProvider> Providers = [new SqliteProvider(), new PostgresProvider()];

    public Option<string?> Data { get; } = new("--data")
    {
        Description = "Folder of the node's state (SQLite database, index, files). Default: THUVIEN_DATA, else ./data.",
    };

    public Option<string?> Db { get; } = new("--db")
    {
        Description = "Database connection string (e.g. \"Host=localhost;Database=thuvien;Username=…\" for PostgreSQL). Default: THUVIEN_DB, else SQLite in the data folder.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Db);
    }

    public DatabaseSettings Settings(ParseResult parse) => DatabaseSettings.Resolve(parse.GetValue(Data), parse.GetValue(Db));

    /// <summary>The node's parts without a web host, for commands such as import and export.</summary>
    public ServiceProvider Services(ParseResult parse)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddStorage(Settings(parse), Providers).AddCatalog().AddSearch(tailChangeLog: false);
        return services.BuildServiceProvider();
    }
}
