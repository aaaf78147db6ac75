using Microsoft.EntityFrameworkCore;

namespace ThuVien.Storage;

/// <summary>
/// The seam between the node and a database engine. Each provider project (SQLite, PostgreSQL) holds
/// one implementation, its migrations and its quirks; nothing else in ThuVien knows which engine runs.
/// </summary>
internal interface IDatabaseProvider
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Name { get; }

    /// <summary>True when this provider understands the connection string.</summary>
    bool Handles(string connectionString);

    void Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>
    /// Serialises writers of the change log so that sequence order is commit order (a reader tailing
    /// the log must never see sequence 11 before 10 commits). Called inside the writing transaction.
    /// </summary>
    Task LockChangeLogAsync(ThuVienDb db, CancellationToken cancellationToken);
}
