using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Audit;

/// <summary>Reads the audit log: newest first, for one entity or for all.</summary>
internal sealed class AuditLog(IDbContextFactory<ThuVienDb> databases)
{
    public async Task<(long Total, IReadOnlyList<AuditEntry> Page)> ListAsync(string? entityType, long? entityId, int page, int size, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var query = db.AuditLog.AsNoTracking();
        query = entityType is null ? query : query.Where(e => e.EntityType == entityType);
        query = entityId is null ? query : query.Where(e => e.EntityId == entityId);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return (total, rows);
    }
}
