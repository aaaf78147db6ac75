using Microsoft.EntityFrameworkCore;
using ThuVien.Marc;
using ThuVien.Storage;

namespace ThuVien.Catalog.Import;

/// <summary>
/// Imports read results into the catalogue in batched transactions. Rejections (from the reader, or
/// records that cannot be stored) go to the rejects stream as raw bytes and to the reasons writer as
/// one line each, so they can be fixed and imported again.
/// </summary>
internal sealed class ImportRecords(IDbContextFactory<ThuVienDb> databases, IDatabaseProvider provider, TimeProvider clock)
{
    public const int DefaultBatchSize = 500;

    public async Task<ImportSummary> RunAsync(
        IEnumerable<MarcReadResult> results,
        MatchMode mode,
        Action<ImportSummary>? progress = null,
        Stream? rejects = null,
        TextWriter? reasons = null,
        int batchSize = DefaultBatchSize,
        CancellationToken cancellationToken = default)
    {
        var summary = new ImportSummary();
        var batch = new List<IncomingRecord>(batchSize);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        foreach (var result in results)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Prepare(result, rejects, reasons) is { } incoming)
            {
                batch.Add(incoming);
            }
            else
            {
                summary.Count(ImportOutcome.Rejected);
            }

            if (batch.Count >= batchSize)
            {
                await FlushAsync(db, batch, mode, summary, cancellationToken);
                progress?.Invoke(summary);
            }
        }

        await FlushAsync(db, batch, mode, summary, cancellationToken);
        progress?.Invoke(summary);
        return summary;
    }

    private async Task FlushAsync(ThuVienDb db, List<IncomingRecord> batch, MatchMode mode, ImportSummary summary, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var outcomes = await ImportBatch.ApplyAsync(db, provider, batch, mode, clock.GetUtcNow().UtcDateTime, cancellationToken);
        foreach (var outcome in outcomes)
        {
            summary.Count(outcome);
        }

        batch.Clear();
    }

    private static IncomingRecord? Prepare(MarcReadResult result, Stream? rejects, TextWriter? reasons)
    {
        if (result.Record is { } record)
        {
            try
            {
                return IncomingRecord.From(record);
            }
            catch (MarcWriteException e)
            {
                Reject(result, e.Message, rejects, reasons);
                return null;
            }
        }

        Reject(result, string.Join("; ", result.Issues.Select(i => i.ToString())), rejects, reasons);
        return null;
    }

    private static void Reject(MarcReadResult result, string reason, Stream? rejects, TextWriter? reasons)
    {
        rejects?.Write(result.Raw.Span);
        reasons?.WriteLine($"record {result.RecordNumber} (offset {result.Offset}): {reason}");
    }
}
