using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Storage;

namespace ThuVien.Web.Opac;

/// <summary>A record with its copies, read as the records API reads it; deleted rows come back too (they answer 410).</summary>
internal static class StoredRecords
{
    public static async Task<BibRecord?> FindWithItemsAsync(this IDbContextFactory<ThuVienDb> databases, long id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Records.AsNoTracking().Include(r => r.Items).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
    }
}
