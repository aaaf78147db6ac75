using Microsoft.EntityFrameworkCore;
using ThuVien.Audit;
using ThuVien.Catalog.Import;
using ThuVien.Marc;
using ThuVien.Storage;

namespace ThuVien.Catalog;

/// <summary>Create, replace and delete single records (the API's writes), each with its change-log rows and its audit entry in one transaction.</summary>
internal sealed class RecordWrites(IDbContextFactory<ThuVienDb> databases, IDatabaseProvider provider, TimeProvider clock)
{
    public async Task<WriteResult<BibRecord>> CreateAsync(MarcRecord record, Actor actor, CancellationToken cancellationToken)
    {
        if (!TryPrepare(record, out var incoming, out var refusal))
        {
            return refusal;
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await provider.LockChangeLogAsync(db, cancellationToken);
        if (await TakenBarcodeAsync(db, incoming.Items, recordId: null, cancellationToken) is { } taken)
        {
            return WriteResult<BibRecord>.Refused(WriteStatus.Conflict, $"barcode {taken} belongs to another item");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var row = new BibRecord { CreatedAt = now };
        Apply(incoming, row, now);
        db.Records.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        db.Changes.Add(new Change { RecordId = row.Id, Operation = ChangeOperation.Create, At = now });
        db.Changes.AddRange(row.Items.Select(i => new Change { RecordId = row.Id, ItemId = i.Id, Operation = ChangeOperation.Create, At = now }));
        AuditTrail.Add(db, actor, AuditActions.Create, AuditActions.Record, row.Id, null, AuditSnapshot.Of(row), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WriteResult<BibRecord>.Done(row);
    }

    public async Task<WriteResult<BibRecord>> ReplaceAsync(long id, MarcRecord record, int? expectedVersion, Actor actor, CancellationToken cancellationToken)
    {
        if (!TryPrepare(record, out var incoming, out var refusal))
        {
            return refusal;
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await provider.LockChangeLogAsync(db, cancellationToken);
        var row = await db.Records.Include(r => r.Keys).Include(r => r.Items).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (row is null)
        {
            return WriteResult<BibRecord>.Refused(WriteStatus.NotFound, $"no record {id}");
        }

        if (expectedVersion is { } version && version != row.Version)
        {
            return WriteResult<BibRecord>.Refused(WriteStatus.VersionMismatch, $"record {id} is at version {row.Version}, not {version}");
        }

        if (await TakenBarcodeAsync(db, incoming.Items, id, cancellationToken) is { } taken)
        {
            return WriteResult<BibRecord>.Refused(WriteStatus.Conflict, $"barcode {taken} belongs to an item of another record");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var wasDeleted = row.Deleted;
        var before = AuditSnapshot.Of(row);
        row.Keys.Clear();
        Apply(incoming, row, now);
        await db.SaveChangesAsync(cancellationToken);
        db.Changes.Add(new Change { RecordId = row.Id, Operation = wasDeleted ? ChangeOperation.Create : ChangeOperation.Update, At = now });
        AuditTrail.Add(db, actor, wasDeleted ? AuditActions.Create : AuditActions.Update, AuditActions.Record, row.Id, before, AuditSnapshot.Of(row), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WriteResult<BibRecord>.Done(row);
    }

    /// <summary>Marks the record deleted; the row stays as a tombstone for the network.</summary>
    public async Task<WriteResult<BibRecord>> DeleteAsync(long id, int? expectedVersion, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await provider.LockChangeLogAsync(db, cancellationToken);
        var row = await db.Records.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (row is null)
        {
            return WriteResult<BibRecord>.Refused(WriteStatus.NotFound, $"no record {id}");
        }

        if (row.Deleted)
        {
            return WriteResult<BibRecord>.Refused(WriteStatus.Gone, $"record {id} is already deleted");
        }

        if (expectedVersion is { } version && version != row.Version)
        {
            return WriteResult<BibRecord>.Refused(WriteStatus.VersionMismatch, $"record {id} is at version {row.Version}, not {version}");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        AuditTrail.Add(db, actor, AuditActions.Delete, AuditActions.Record, row.Id, AuditSnapshot.Of(row), null, now);
        row.Deleted = true;
        row.UpdatedAt = now;
        row.Version++;
        db.Changes.Add(new Change { RecordId = row.Id, Operation = ChangeOperation.Delete, At = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WriteResult<BibRecord>.Done(row);
    }

    /// <summary>A record that ISO 2709 cannot hold (a field over 9,999 bytes) is refused, not stored half-way.</summary>
    private static bool TryPrepare(MarcRecord record, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IncomingRecord? incoming, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out WriteResult<BibRecord>? refusal)
    {
        try
        {
            incoming = IncomingRecord.From(record);
            refusal = null;
            return true;
        }
        catch (MarcWriteException e)
        {
            incoming = null;
            refusal = WriteResult<BibRecord>.Refused(WriteStatus.Invalid, e.Message);
            return false;
        }
    }

    private static void Apply(IncomingRecord incoming, BibRecord row, DateTime now)
    {
        row.Marc = incoming.Marc;
        incoming.Facts.CopyTo(row);
        row.UpdatedAt = now;
        row.Deleted = false;
        row.Version++;
        foreach (var (kind, value) in incoming.Facts.Keys())
        {
            row.Keys.Add(new RecordKey { Kind = kind, Value = value });
        }

        foreach (var data in incoming.Items)
        {
            var item = row.Items.FirstOrDefault(i => i.Barcode == data.Barcode);
            if (item is null)
            {
                item = new Item { CreatedAt = now };
                row.Items.Add(item);
            }

            data.Over(item).CopyTo(item);
            item.UpdatedAt = now;
            item.Version++;
        }
    }

    private static async Task<string?> TakenBarcodeAsync(ThuVienDb db, List<ItemData> items, long? recordId, CancellationToken cancellationToken)
    {
        var barcodes = items.Select(i => i.Barcode).ToList();
        if (barcodes.Count != barcodes.Distinct().Count())
        {
            return barcodes.GroupBy(b => b).First(g => g.Count() > 1).Key;
        }

        return await db.Items.Where(i => barcodes.Contains(i.Barcode) && i.RecordId != recordId)
            .Select(i => i.Barcode).FirstOrDefaultAsync(cancellationToken);
    }
}
