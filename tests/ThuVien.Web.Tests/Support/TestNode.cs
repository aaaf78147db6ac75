using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThuVien.Storage;
using ThuVien.Storage.Postgres;
using ThuVien.Storage.Sqlite;

namespace ThuVien.Web.Tests.Support;

/// <summary>
/// A real node: the same web host `thuvien serve` runs, on a free loopback port, over a fresh SQLite
/// file or a fresh database in the PostgreSQL server the test command started (THUVIEN_TEST_PG).
/// </summary>
public sealed class TestNode : IAsyncDisposable
{
    public const string ApiKey = "test-staff-key";
    public const string PostgresVariable = "THUVIEN_TEST_PG";

    private readonly WebApplication _app;
    private readonly string _dataDirectory;
    private readonly string? _postgresDatabase;

    private TestNode(WebApplication app, string dataDirectory, string? postgresDatabase, Uri address)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        _postgresDatabase = postgresDatabase;
        Anonymous = new HttpClient { BaseAddress = address };
        Staff = new HttpClient { BaseAddress = address };
        Staff.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    /// <summary>A client with no credentials.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>A client with the staff API key.</summary>
    public HttpClient Staff { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestNode> StartAsync(Engine engine, bool loadDemo = false)
    {
        var data = Directory.CreateTempSubdirectory("thuvien-node-").FullName;
        string connection;
        string? database = null;
        if (engine == Engine.PostgreSql)
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrEmpty(server))
            {
                Assert.Skip($"{PostgresVariable} is not set: run the tests with ./test.sh, which starts a PostgreSQL server");
            }

            database = $"thuvien_test_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
                await create.ExecuteNonQueryAsync();
            }

            connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();
        }
        else
        {
            connection = $"Data Source={Path.Combine(data, "thuvien.db")}";
        }

        var options = new NodeAppOptions(new DatabaseSettings(data, connection), [new SqliteProvider(), new PostgresProvider()])
        {
            Urls = "http://127.0.0.1:0",
            LoadDemo = loadDemo,
            ApiKey = ApiKey,
            MaxRequestBodyBytes = 1024 * 1024,
        };
        var app = NodeApp.Build(options);
        await NodeApp.PrepareAsync(app, options);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new TestNode(app, data, database, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        Staff.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }
}

/// <summary>The database engines a node runs on.</summary>
public enum Engine
{
    Sqlite,
    PostgreSql,
}
