using Microsoft.EntityFrameworkCore;

namespace ThuVien.Storage;

/// <summary>Brings the schema up to date, and tells whether the database is reachable and current.</summary>
internal static class DatabaseState
{
    public static async Task MigrateAsync(IDbContextFactory<ThuVienDb> databases, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Null when ready; otherwise why not.</summary>
    public static async Task<string?> ProblemAsync(IDbContextFactory<ThuVienDb> databases, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return "the database cannot be reached";
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0 ? null : $"{pending.Count} migrations are not applied ({string.Join(", ", pending)})";
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            return $"the database cannot be reached: {e.Message}";
        }
    }
}
