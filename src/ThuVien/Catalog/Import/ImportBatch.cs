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
    /// <summary>What the batch knows of a record it may write: stored, or created earlier in the batch.</summary>
    private sealed class Known(long id, byte[] marc, bool deleted, string? controlNumber, string? controlNumberSource)
    {
        public long Id { get; } = id;

        public byte[] Marc { get; set; } = marc;

        public bool Deleted { get; set; } = deleted;

        public string? ControlNumber { get; set; } = controlNumber;

        public string? ControlNumberSource { get; set; } = controlNumberSource;
    }

    public static async Task<ImportOutcome[]> ApplyAsync(ThuVienDb db, IDatabaseProvider provider, IReadOnlyList<IncomingRecord> batch, MatchMode mode, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await provider.LockChangeLogAsync(db, cancellationToken);
        using var rows = new CatalogRows(db);

        var keyOwners = await FindKeyOwnersAsync(db, batch, mode, cancellationToken);
        var ids = keyOwners.Values.Distinct().ToList();
        var known = ids.Count == 0 ? [] : await db.Records.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new Known(r.Id, r.Marc, r.Deleted, r.ControlNumber, r.ControlNumberSource))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var barcodes = batch.SelectMany(r => r.Items).Select(i => i.Barcode).Distinct().ToList();
        var items = barcodes.Count == 0 ? [] : await db.Items.AsNoTracking().Where(i => barcodes.Contains(i.Barcode)).ToDictionaryAsync(i => i.Barcode, cancellationToken);

        var outcomes = new ImportOutcome[batch.Count];
        var pending = new Dictionary<(RecordKeyKind, string), Known>();
        var changes = new List<(long Record, long? Item, ChangeOperation Operation)>();
        for (var i = 0; i < batch.Count; i++)
        {
            var incoming = batch[i];
            var row = Match(incoming, mode, keyOwners, known, pending);
            if (row is null)
            {
                var id = await rows.InsertRecordAsync(incoming, now, cancellationToken);
                row = new Known(id, incoming.Marc, deleted: false, incoming.Facts.ControlNumber, incoming.Facts.ControlNumberSource);
                outcomes[i] = ImportOutcome.Created;
                changes.Add((id, null, ChangeOperation.Create));
            }
            else if (!row.Deleted && row.Marc.AsSpan().SequenceEqual(incoming.Marc))
            {
                outcomes[i] = ImportOutcome.Unchanged;
            }
            else
            {
                await rows.UpdateRecordAsync(row.Id, incoming, now, cancellationToken);
                changes.Add((row.Id, null, row.Deleted ? ChangeOperation.Create : ChangeOperation.Update));
                row.Marc = incoming.Marc;
                row.Deleted = false;
                row.ControlNumber = incoming.Facts.ControlNumber;
                row.ControlNumberSource = incoming.Facts.ControlNumberSource;
                outcomes[i] = ImportOutcome.Updated;
            }

            if (await MergeItemsAsync(rows, row.Id, incoming.Items, items, now, changes, cancellationToken) && outcomes[i] == ImportOutcome.Unchanged)
            {
                outcomes[i] = ImportOutcome.Updated;
            }

            foreach (var key in incoming.KeysFor(MatchMode.Both))
            {
                pending[key] = row;
            }
        }

        foreach (var (record, item, operation) in changes)
        {
            await rows.InsertChangeAsync(record, item, operation, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
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
    private static Known? Match(IncomingRecord incoming, MatchMode mode, Dictionary<(RecordKeyKind, string), long> keyOwners, Dictionary<long, Known> known, Dictionary<(RecordKeyKind, string), Known> pending)
    {
        foreach (var key in incoming.KeysFor(mode))
        {
            var candidate = pending.GetValueOrDefault(key)
                ?? (keyOwners.TryGetValue(key, out var id) ? known.GetValueOrDefault(id) : null);
            if (candidate is not null && (key.Item1 == RecordKeyKind.ControlNumber || !DifferentControlNumbers(incoming.Facts, candidate)))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool DifferentControlNumbers(RecordFacts incoming, Known stored) =>
        incoming.ControlNumber is not null && stored.ControlNumber is not null
        && incoming.ControlNumberSource == stored.ControlNumberSource && incoming.ControlNumber != stored.ControlNumber;

    private static async Task<bool> MergeItemsAsync(CatalogRows rows, long recordId, List<ItemData> incoming, Dictionary<string, Item> items, DateTime now, List<(long, long?, ChangeOperation)> changes, CancellationToken cancellationToken)
    {
        var changed = false;
        foreach (var data in incoming)
        {
            if (items.TryGetValue(data.Barcode, out var item))
            {
                var applied = data.Over(item);
                if (item.RecordId == recordId && applied.SameAs(item))
                {
                    continue;
                }

                await rows.UpdateItemAsync(item.Id, recordId, applied, now, cancellationToken);
                applied.CopyTo(item);
                item.RecordId = recordId;
                changes.Add((recordId, item.Id, ChangeOperation.Update));
            }
            else
            {
                var id = await rows.InsertItemAsync(recordId, data, now, cancellationToken);
                item = new Item { Id = id, RecordId = recordId };
                data.CopyTo(item);
                items[data.Barcode] = item;
                changes.Add((recordId, id, ChangeOperation.Create));
            }

            changed = true;
        }

        return changed;
    }
}
