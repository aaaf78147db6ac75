using Microsoft.EntityFrameworkCore;
using ThuVien.Audit;
using ThuVien.Storage;

namespace ThuVien.Catalog;

/// <summary>Add, change and remove copies of a record; each write appends to the change log under the record's id, and to the audit log.</summary>
internal sealed class ItemWrites(IDbContextFactory<ThuVienDb> databases, IDatabaseProvider provider, TimeProvider clock)
{
    public async Task<WriteResult<Item>> AddAsync(long recordId, ItemData data, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await provider.LockChangeLogAsync(db, cancellationToken);
        var record = await db.Records.SingleOrDefaultAsync(r => r.Id == recordId, cancellationToken);
        if (record is null || record.Deleted)
        {
            return WriteResult<Item>.Refused(record is null ? WriteStatus.NotFound : WriteStatus.Gone, $"no record {recordId}");
        }

        if (await db.Items.AnyAsync(i => i.Barcode == data.Barcode, cancellationToken))
        {
            return WriteResult<Item>.Refused(WriteStatus.Conflict, $"barcode {data.Barcode} is already in use");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var item = new Item { RecordId = recordId, CreatedAt = now, UpdatedAt = now, Version = 1 };
        data.CopyTo(item);
        db.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        db.Changes.Add(new Change { RecordId = recordId, ItemId = item.Id, Operation = ChangeOperation.Create, At = now });
        AuditTrail.Add(db, actor, AuditActions.Create, AuditActions.Item, item.Id, null, AuditSnapshot.Of(item), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WriteResult<Item>.Done(item);
    }

    public async Task<WriteResult<Item>> UpdateAsync(long id, ItemData data, int? expectedVersion, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await provider.LockChangeLogAsync(db, cancellationToken);
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return WriteResult<Item>.Refused(WriteStatus.NotFound, $"no item {id}");
        }

        if (expectedVersion is { } version && version != item.Version)
        {
            return WriteResult<Item>.Refused(WriteStatus.VersionMismatch, $"item {id} is at version {item.Version}, not {version}");
        }

        if (data.Barcode != item.Barcode && await db.Items.AnyAsync(i => i.Barcode == data.Barcode, cancellationToken))
        {
            return WriteResult<Item>.Refused(WriteStatus.Conflict, $"barcode {data.Barcode} is already in use");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = AuditSnapshot.Of(item);
        data.Over(item).CopyTo(item);
        item.UpdatedAt = now;
        item.Version++;
        db.Changes.Add(new Change { RecordId = item.RecordId, ItemId = item.Id, Operation = ChangeOperation.Update, At = now });
        AuditTrail.Add(db, actor, AuditActions.Update, AuditActions.Item, item.Id, before, AuditSnapshot.Of(item), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WriteResult<Item>.Done(item);
    }

    public async Task<WriteResult<Item>> DeleteAsync(long id, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await provider.LockChangeLogAsync(db, cancellationToken);
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return WriteResult<Item>.Refused(WriteStatus.NotFound, $"no item {id}");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Items.Remove(item);
        db.Changes.Add(new Change { RecordId = item.RecordId, ItemId = item.Id, Operation = ChangeOperation.Delete, At = now });
        AuditTrail.Add(db, actor, AuditActions.Delete, AuditActions.Item, item.Id, AuditSnapshot.Of(item), null, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WriteResult<Item>.Done(item);
    }

    /// <summary>
    /// Changes a copy's status inside the caller's transaction, which has taken the change-log lock, and appends the
    /// change the search index follows (its "available" facet), as every other item write does.
    /// </summary>
    public static void SetStatus(ThuVienDb db, Item item, ItemStatus status, DateTime now)
    {
        item.Status = status;
        item.UpdatedAt = now;
        item.Version++;
        db.Changes.Add(new Change { RecordId = item.RecordId, ItemId = item.Id, Operation = ChangeOperation.Update, At = now });
    }
}
