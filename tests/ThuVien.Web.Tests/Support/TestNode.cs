using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThuVien.Accounts;
using ThuVien.Storage;
using ThuVien.Storage.Postgres;
using ThuVien.Storage.Sqlite;

namespace ThuVien.Web.Tests.Support;

/// <summary>
/// A real node: the same web host `thuvien serve` runs, on a free loopback port, over a fresh SQLite
/// file or a fresh database in the PostgreSQL server the test command started (THUVIEN_TEST_PG).
/// It has three accounts (<see cref="AdminName"/>, <see cref="CataloguerName"/>, <see cref="ReaderName"/>,
/// all with <see cref="Password"/>) and a client with an access token for each, unless started without.
/// </summary>
public sealed class TestNode : IAsyncDisposable
{
    public const string AdminName = "quan-tri";
    public const string CataloguerName = "bien-muc";
    public const string ReaderName = "ban-doc";
    public const string Password = "sách hay như người bạn tốt";
    public const string PostgresVariable = "THUVIEN_TEST_PG";

    private readonly WebApplication _app;
    private readonly string _dataDirectory;
    private readonly string? _postgresDatabase;

    private static readonly Lazy<string> PasswordHash = new(() => new PasswordHasher<Account>().HashPassword(new Account(), Password));

    private readonly List<HttpClient> _clients = [];

    private TestNode(WebApplication app, string dataDirectory, string? postgresDatabase, Uri address, string? setupLink)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        _postgresDatabase = postgresDatabase;
        Address = address;
        SetupLink = setupLink;
        Anonymous = Plain();
        Staff = Plain();
        Cataloguer = Plain();
        Reader = Plain();
    }

    public Uri Address { get; }

    /// <summary>The setup link the node issued at start, when it had no account then.</summary>
    public string? SetupLink { get; }

    /// <summary>A client with no credentials.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>A client with an access token of the administrator (every role's rights).</summary>
    public HttpClient Staff { get; }

    /// <summary>A client with an access token of an account that is Cataloguer only.</summary>
    public HttpClient Cataloguer { get; }

    /// <summary>A client with an access token of an account that is Reader only.</summary>
    public HttpClient Reader { get; }

    /// <summary>A client of its own (own cookies, redirects not followed), disposed with the node.</summary>
    public HttpClient NewClient(bool followRedirects = false)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects }) { BaseAddress = Address };
        _clients.Add(client);
        return client;
    }

    private HttpClient Plain()
    {
        var client = new HttpClient { BaseAddress = Address };
        _clients.Add(client);
        return client;
    }

    /// <summary>
    /// Opens an account with <see cref="Password"/>; its id. The password is hashed once per test run, not
    /// once per account: Identity's hash is slow on purpose, and every test starts a node with three accounts.
    /// </summary>
    public async Task<long> CreateAccountAsync(string userName, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { UserName = userName, PasswordHash = PasswordHash.Value, CreatedAt = DateTime.UnixEpoch };
        var created = await users.CreateAsync(account);
        var added = created.Succeeded ? await users.AddToRolesAsync(account, roles) : created;
        return added.Succeeded ? account.Id : throw new InvalidOperationException(string.Join("; ", added.Errors.Select(e => e.Description)));
    }

    /// <summary>A new access token's secret for the account.</summary>
    public async Task<string> IssueTokenAsync(long accountId, string name = "tests")
    {
        var issued = await Services.GetRequiredService<AccessTokens>().IssueAsync(accountId, name, null, default);
        return issued.Value?.Secret ?? throw new InvalidOperationException(string.Join("; ", issued.Errors.Select(e => e.Message)));
    }

    /// <summary>A client that sends a new access token of the account.</summary>
    public async Task<HttpClient> TokenClientAsync(long accountId)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await IssueTokenAsync(accountId));
        return client;
    }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestNode> StartAsync(Engine engine, bool loadDemo = false, bool accounts = true)
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
            MaxRequestBodyBytes = 1024 * 1024,
        };
        string? setupLink = null;
        var app = NodeApp.Build(options with { OnSetupLink = link => setupLink = link });
        await NodeApp.PrepareAsync(app, options with { OnSetupLink = link => setupLink = link });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var node = new TestNode(app, data, database, new Uri(address), setupLink);
        if (accounts)
        {
            await node.AuthoriseAsync(node.Staff, await node.CreateAccountAsync(AdminName, Roles.Admin));
            await node.AuthoriseAsync(node.Cataloguer, await node.CreateAccountAsync(CataloguerName, Roles.Cataloguer));
            await node.AuthoriseAsync(node.Reader, await node.CreateAccountAsync(ReaderName, Roles.Reader));
        }

        return node;
    }

    private async Task AuthoriseAsync(HttpClient client, long accountId) =>
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await IssueTokenAsync(accountId));

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

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
