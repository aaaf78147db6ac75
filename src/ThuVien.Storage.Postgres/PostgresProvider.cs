using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Storage.Postgres;

/// <summary>Production scale: PostgreSQL selected by a connection string such as "Host=…;Database=…".</summary>
internal sealed class PostgresProvider : IDatabaseProvider
{
    // Any constant will do; it names the change log's lock for pg_advisory_xact_lock.
    private const long ChangeLogLock = 0x5468_7556_6965_6E01;

    public string Name => "postgresql";

    public bool Handles(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);

    public void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresProvider).Assembly.GetName().Name));

    // Sequences in PostgreSQL are handed out before commit, so two writers could commit out of
    // sequence order; a transaction-scoped advisory lock makes the change log's order the commit order.
    public Task LockChangeLogAsync(ThuVienDb db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChangeLogLock})", cancellationToken);
}
