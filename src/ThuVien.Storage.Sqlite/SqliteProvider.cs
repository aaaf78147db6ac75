using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ThuVien.Storage;

namespace ThuVien.Storage.Sqlite;

/// <summary>The embedded default: one SQLite file in the data folder, WAL mode, foreign keys on.</summary>
internal sealed class SqliteProvider : IDatabaseProvider
{
    public string Name => "sqlite";

    public bool Handles(string connectionString) =>
        connectionString.Contains("Data Source=", StringComparison.OrdinalIgnoreCase)
        || connectionString.Contains("DataSource=", StringComparison.OrdinalIgnoreCase)
        || connectionString.Contains("Filename=", StringComparison.OrdinalIgnoreCase);

    public void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true, Pooling = true };
        if (Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } folder && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }

        options.UseSqlite(builder.ToString(), sqlite => sqlite.MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name))
            .AddInterceptors(WalInterceptor.Instance);
    }

    // SQLite runs one writer at a time, so the log is already written in commit order.
    public Task LockChangeLogAsync(ThuVienDb db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>WAL lets readers (the OPAC) run while an import writes; NORMAL sync is safe with WAL against crashes of the process.</summary>
    private sealed class WalInterceptor : DbConnectionInterceptor
    {
        public static readonly WalInterceptor Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Pragmas(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Pragmas(connection);
            return Task.CompletedTask;
        }

        private static void Pragmas(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";
            command.ExecuteNonQuery();
        }
    }
}
