using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Circulation;

/// <summary>
/// Runs each circulation operation as one database transaction. A refusal rolls back whatever the operation had
/// begun. When another desk changed the same rows first (a concurrency stamp moved, or the unique open-loan index
/// refused a second loan), the operation runs again on fresh data, where it then sees the other desk's work and
/// answers with the proper refusal: of two desks lending one copy, exactly one wins.
/// </summary>
internal sealed class CirculationStore(IDbContextFactory<ThuVienDb> databases, IDatabaseProvider provider)
{
    private const int Attempts = 5;

    /// <summary>Runs <paramref name="operation"/> in a transaction; <paramref name="changesItems"/> when it may change
    /// an item's status, so that it takes the change-log lock first, as catalogue writes do, and the log stays in
    /// commit order.</summary>
    public async Task<CirculationResult<T>> RunAsync<T>(
        bool changesItems, Func<ThuVienDb, CancellationToken, Task<CirculationResult<T>>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                if (changesItems)
                {
                    await provider.LockChangeLogAsync(db, cancellationToken);
                }
                var result = await operation(db, cancellationToken);
                if (!result.IsDone)
                {
                    return result;
                }
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateException e) when (attempt < Attempts && LostRace(e))
            {
                // Try again on fresh data, where the other desk's work is visible.
            }
        }
    }

    /// <summary>A version stamp that moved, a unique index that refused a second open loan (SQLSTATE 23505), or a
    /// serialization failure or deadlock (40001, 40P01). Anything else is a fault, not a race. SQLite needs no code
    /// here: its transactions begin IMMEDIATE, so writers queue and never meet on an index.</summary>
    private static bool LostRace(DbUpdateException e) =>
        e is DbUpdateConcurrencyException
        || e.InnerException is System.Data.Common.DbException { SqlState: "23505" or "40001" or "40P01" };
}
