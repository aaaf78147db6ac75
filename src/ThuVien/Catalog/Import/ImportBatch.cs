using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Catalog.Import;

/// <summary>
/// Applies a batch of incoming records in one transaction: each one is matched against the stored
/// records (and the ones before it in the batch), then created, updated or left unchanged; items merge
/// by barcode; every change appends to the change log in the same transaction. A batch commits whole
/// or not at all, so an import killed at any moment and run again ends with the same catalogue.
/// </summary>
internal static class ImportBatch
{
    public static async Task<ImportOutcome[]> ApplyAsync(ThuVienDb db, IDatabaseProvider provider, IReadOnlyList<IncomingRecord> batch, MatchMode mode, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await provider.LockChangeLogAsync(db, cancellationToken);

        var keyOwners = await FindKeyOwnersAsync(db, batch, mode, cancellationToken);
        var matchedIds = keyOwners.Values.Distinct().ToList();
        var stored = await db.Records.Include(r => r.Items).Include(r => r.Keys)
            .Where(r => matchedIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var barcodes = batch.SelectMany(r => r.Items).Select(i => i.Barcode).Distinct().ToList();
        var itemsByBarcode = await db.Items.Where(i => barcodes.Contains(i.Barcode)).ToDictionaryAsync(i => i.Barcode, cancellationToken);

        var outcomes = new ImportOutcome[batch.Count];
        var rows = new BibRecord[batch.Count];
        var pendingByKey = new Dictionary<(RecordKeyKind, string), BibRecord>();
        var changes = new List<(BibRecord Record, Item? Item, ChangeOperation Operation)>();
        for (var i = 0; i < batch.Count; i++)
        {
            var incoming = batch[i];
            var row = Match(incoming, mode, keyOwners, stored, pendingByKey);
            if (row is null)
            {
                row = new BibRecord { CreatedAt = now };
                db.Records.Add(row);
                Store(incoming, row, now);
                outcomes[i] = ImportOutcome.Created;
                changes.Add((row, null, ChangeOperation.Create));
            }
            else if (!row.Deleted && row.Marc.AsSpan().SequenceEqual(incoming.Marc))
            {
                outcomes[i] = ImportOutcome.Unchanged;
            }
            else
            {
                var wasDeleted = row.Deleted;
                Store(incoming, row, now);
                outcomes[i] = ImportOutcome.Updated;
                changes.Add((row, null, wasDeleted ? ChangeOperation.Create : ChangeOperation.Update));
            }

            var itemsChanged = MergeItems(db, row, incoming.Items, itemsByBarcode, now, changes);
            if (itemsChanged && outcomes[i] == ImportOutcome.Unchanged)
            {
                outcomes[i] = ImportOutcome.Updated;
            }

            foreach (var key in incoming.KeysFor(MatchMode.Both))
            {
                pendingByKey.TryAdd(key, row);
            }

            rows[i] = row;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (record, item, operation) in changes)
        {
            db.Changes.Add(new Change { RecordId = record.Id, ItemId = item?.Id, Operation = operation, At = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return outcomes;
    }

    private static async Task<Dictionary<(RecordKeyKind, string), long>> FindKeyOwnersAsync(ThuVienDb db, IReadOnlyList<IncomingRecord> batch, MatchMode mode, CancellationToken cancellationToken)
    {
        var values = batch.SelectMany(r => r.KeysFor(mode)).Select(k => k.Value).Distinct().ToList();
        var owners = new Dictionary<(RecordKeyKind, string), long>();
        if (values.Count == 0)
        {
            return owners;
        }

        var found = await db.RecordKeys.AsNoTracking().Where(k => values.Contains(k.Value))
            .Select(k => new { k.Kind, k.Value, k.RecordId }).ToListAsync(cancellationToken);
        foreach (var key in found.OrderBy(k => k.RecordId))
        {
            owners.TryAdd((key.Kind, key.Value), key.RecordId);
        }

        return owners;
    }

    /// <summary>
    /// The strongest key wins: control number, then ISBN/ISSN, then fingerprint (see <see cref="RecordFacts.Keys"/>).
    /// A weaker key never joins two records that carry different control numbers from the same source:
    /// those are two records by definition (two editions may share a set ISBN).
    /// </summary>
    private static BibRecord? Match(IncomingRecord incoming, MatchMode mode, Dictionary<(RecordKeyKind, string), long> keyOwners, Dictionary<long, BibRecord> stored, Dictionary<(RecordKeyKind, string), BibRecord> pending)
    {
        foreach (var key in incoming.KeysFor(mode))
        {
            var candidate = pending.GetValueOrDefault(key)
                ?? (keyOwners.TryGetValue(key, out var id) ? stored.GetValueOrDefault(id) : null);
            if (candidate is not null && (key.Kind == RecordKeyKind.ControlNumber || !DifferentControlNumbers(incoming.Facts, candidate)))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool DifferentControlNumbers(RecordFacts incoming, BibRecord stored) =>
        incoming.ControlNumber is not null && stored.ControlNumber is not null
        && incoming.ControlNumberSource == stored.ControlNumberSource && incoming.ControlNumber != stored.ControlNumber;

    private static void Store(IncomingRecord incoming, BibRecord row, DateTime now)
    {
        row.Marc = incoming.Marc;
        incoming.Facts.CopyTo(row);
        row.UpdatedAt = now;
        row.Deleted = false;
        row.Version++;
        row.Keys.Clear();
        foreach (var (kind, value) in incoming.Facts.Keys())
        {
            row.Keys.Add(new RecordKey { Kind = kind, Value = value });
        }
    }

    private static bool MergeItems(ThuVienDb db, BibRecord row, List<ItemData> items, Dictionary<string, Item> itemsByBarcode, DateTime now, List<(BibRecord, Item?, ChangeOperation)> changes)
    {
        var changed = false;
        foreach (var data in items)
        {
            if (itemsByBarcode.TryGetValue(data.Barcode, out var item))
            {
                var moved = item.RecordId != row.Id || (row.Id == 0 && !row.Items.Contains(item));
                if (!moved && data.SameAs(item))
                {
                    continue;
                }

                data.CopyTo(item);
                item.UpdatedAt = now;
                item.Version++;
                if (moved)
                {
                    row.Items.Add(item);
                }
            }
            else
            {
                item = new Item { CreatedAt = now, UpdatedAt = now };
                data.CopyTo(item);
                row.Items.Add(item);
                itemsByBarcode[data.Barcode] = item;
                changes.Add((row, item, ChangeOperation.Create));
                changed = true;
                continue;
            }

            changes.Add((row, item, ChangeOperation.Update));
            changed = true;
        }

        return changed;
    }
}
