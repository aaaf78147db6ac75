using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Storage;

namespace ThuVien.Network.Oai;

/// <summary>
/// The provider's reads of the catalogue. A record is listed once, at its latest change-log row; lists
/// run in change-log sequence, so a page is a seek on the sequence past the token's last row (never an
/// OFFSET) and a record changed during a harvest moves to its end instead of being missed.
/// </summary>
internal sealed class OaiRecords(IDbContextFactory<ThuVienDb> databases)
{
    /// <summary>
    /// How far writers' clocks may disagree (several instances write the log): date bounds are turned into
    /// sequence bounds this much wider, then each row's time is checked exactly.
    /// </summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(10);

    /// <summary>Settable members, not a constructor: EF translates later filters on a member initialisation only.</summary>
    private sealed class Row
    {
        public long Sequence { get; init; }

        public DateTime At { get; init; }

        public long RecordId { get; init; }

        public bool Deleted { get; init; }

        public string ContentType { get; init; } = string.Empty;
    }

    public async Task<List<OaiHeader>> PageAsync(OaiListQuery query, long afterSequence, int take, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (start, stop) = await SequenceBoundsAsync(db, query, cancellationToken);
        var after = Math.Max(afterSequence, start);
        var rows = await Select(db, query)
            .Where(r => r.Sequence > after && (stop == null || r.Sequence < stop))
            .OrderBy(r => r.Sequence)
            .Take(take)
            .ToListAsync(cancellationToken);
        return await HeadersAsync(db, rows, cancellationToken);
    }

    /// <summary>How many records the list holds: a scan, so it is done once per list, on its first page.</summary>
    public async Task<long> CountAsync(OaiListQuery query, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Select(db, query).LongCountAsync(cancellationToken);
    }

    /// <summary>One record's header and stored row (with its copies), or null when the node has no such record.</summary>
    public async Task<(OaiHeader Header, BibRecord Record)?> FindAsync(long recordId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await Select(db, new OaiListQuery(null, null, null)).Where(r => r.RecordId == recordId).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var header = (await HeadersAsync(db, rows, cancellationToken))[0];
        var record = await db.Records.AsNoTracking().Include(r => r.Items).SingleAsync(r => r.Id == recordId, cancellationToken);
        return (header, record);
    }

    /// <summary>The stored rows (with their copies) of the records of a page.</summary>
    public async Task<Dictionary<long, BibRecord>> RecordsAsync(IEnumerable<long> recordIds, CancellationToken cancellationToken)
    {
        var ids = recordIds.ToList();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var records = await db.Records.AsNoTracking().Include(r => r.Items).Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        return records.ToDictionary(r => r.Id);
    }

    /// <summary>The time of the oldest change in the log (§4.2 earliestDatestamp), null on an empty log.</summary>
    public async Task<DateTime?> EarliestAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Changes.OrderBy(c => c.At).Select(c => (DateTime?)c.At).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Every set that has a record: content types, and the libraries whose codes a setSpec can carry.</summary>
    public async Task<List<OaiSet>> SetsAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var types = await db.Records.Select(r => r.ContentType).Distinct().ToListAsync(cancellationToken);
        var libraries = await db.Items.Where(i => i.Library != null).Select(i => i.Library!).Distinct().ToListAsync(cancellationToken);
        return
        [
            .. types.Where(OaiSet.IsValidValue).Order(StringComparer.Ordinal).Select(t => new OaiSet(OaiSetKind.Type, t)),
            .. libraries.Where(OaiSet.IsValidValue).Order(StringComparer.Ordinal).Select(l => new OaiSet(OaiSetKind.Library, l)),
        ];
    }

    /// <summary>Each record at its latest change, within the query's set and dates.</summary>
    private static IQueryable<Row> Select(ThuVienDb db, OaiListQuery query)
    {
        var latest = db.Changes.Where(c => !db.Changes.Any(later => later.RecordId == c.RecordId && later.Sequence > c.Sequence));
        if (query.FromInclusive is { } from)
        {
            latest = latest.Where(c => c.At >= from);
        }

        if (query.UntilExclusive is { } until)
        {
            latest = latest.Where(c => c.At < until);
        }

        var records = db.Records.AsQueryable();
        if (query.Set is { Kind: OaiSetKind.Type, Value: var type })
        {
            records = records.Where(r => r.ContentType == type);
        }
        else if (query.Set is { Kind: OaiSetKind.Library, Value: var library })
        {
            records = records.Where(r => db.Items.Any(i => i.RecordId == r.Id && i.Library == library));
        }

        // RecordId from the log's side, so that looking one record up seeks the log's (RecordId, Sequence) index.
        return latest.Join(records, c => c.RecordId, r => r.Id, (c, r) => new Row { Sequence = c.Sequence, At = c.At, RecordId = c.RecordId, Deleted = r.Deleted, ContentType = r.ContentType });
    }

    /// <summary>
    /// Date bounds as sequence bounds, each found by one seek on the time index: the list starts after the
    /// last row written before from (less the skew) and stops at the first row written after until (plus
    /// the skew), so an incremental harvest does not scan the log from its beginning. Stop 0: nothing.
    /// </summary>
    private static async Task<(long Start, long? Stop)> SequenceBoundsAsync(ThuVienDb db, OaiListQuery query, CancellationToken cancellationToken)
    {
        long start = 0;
        long? stop = null;
        if (query.FromInclusive is { } from && from > DateTime.MinValue + ClockSkew)
        {
            var before = from - ClockSkew;
            start = await db.Changes.Where(c => c.At < before).OrderByDescending(c => c.At).Select(c => c.Sequence).FirstOrDefaultAsync(cancellationToken);
        }

        if (query.UntilExclusive is { } until && until < DateTime.MaxValue - ClockSkew)
        {
            var after = until + ClockSkew;
            stop = await db.Changes.Where(c => c.At >= after).OrderBy(c => c.At).Select(c => (long?)c.Sequence).FirstOrDefaultAsync(cancellationToken);
        }

        return (start, stop);
    }

    private static async Task<List<OaiHeader>> HeadersAsync(ThuVienDb db, List<Row> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.RecordId).ToList();
        var libraries = (await db.Items.Where(i => ids.Contains(i.RecordId) && i.Library != null)
                .Select(i => new { i.RecordId, Library = i.Library! }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(i => i.RecordId, i => i.Library);
        return [.. rows.Select(r => new OaiHeader(r.RecordId, r.Sequence, OaiDate.Truncate(r.At), r.Deleted, SetSpecs(r, libraries[r.RecordId])))];
    }

    private static List<string> SetSpecs(Row row, IEnumerable<string> libraries) =>
    [
        .. OaiSet.IsValidValue(row.ContentType) ? [new OaiSet(OaiSetKind.Type, row.ContentType).Spec] : Array.Empty<string>(),
        .. libraries.Where(OaiSet.IsValidValue).Order(StringComparer.Ordinal).Select(l => new OaiSet(OaiSetKind.Library, l).Spec),
    ];
}
