using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Storage;

namespace ThuVien.Search.Indexing;

/// <summary>Reads records with their copies for indexing: by id, or in id order for a rebuild.</summary>
internal static class RecordBatches
{
    public static Task<List<BibRecord>> ByIdsAsync(ThuVienDb db, IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        db.Records.AsNoTracking().AsSplitQuery().Include(r => r.Items).Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);

    public static Task<List<BibRecord>> AfterAsync(ThuVienDb db, long afterId, int size, CancellationToken cancellationToken) =>
        db.Records.AsNoTracking().AsSplitQuery().Include(r => r.Items)
            .Where(r => r.Id > afterId && !r.Deleted)
            .OrderBy(r => r.Id)
            .Take(size)
            .ToListAsync(cancellationToken);

    /// <summary>The newest change-log sequence, or 0 for an empty log.</summary>
    public static async Task<long> LatestSequenceAsync(ThuVienDb db, CancellationToken cancellationToken) =>
        await db.Changes.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
}
