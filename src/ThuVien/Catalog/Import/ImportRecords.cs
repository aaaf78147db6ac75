using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using ThuVien.Marc;
using ThuVien.Storage;

namespace ThuVien.Catalog.Import;

/// <summary>
/// Imports read results into the catalogue in batched transactions. Reading and preparing the next
/// batch (parsing, mapping, fingerprints) runs on another core while the current batch is written.
/// Rejections (from the reader, or records that cannot be stored) go to the rejects stream as raw bytes
/// and to the reasons writer as one line each, so they can be fixed and imported again.
/// </summary>
internal sealed class ImportRecords(IDbContextFactory<ThuVienDb> databases, IDatabaseProvider provider, TimeProvider clock)
{
    public const int DefaultBatchSize = 500;

    private sealed record PreparedBatch(List<IncomingRecord> Records, int Rejected);

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
        var batches = Channel.CreateBounded<PreparedBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => Produce(results, batches.Writer, rejects, reasons, batchSize, cancellationToken), cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                for (var i = 0; i < batch.Rejected; i++)
                {
                    summary.Count(ImportOutcome.Rejected);
                }

                if (batch.Records.Count > 0)
                {
                    var outcomes = await ImportBatch.ApplyAsync(db, provider, batch.Records, mode, clock.GetUtcNow().UtcDateTime, cancellationToken);
                    foreach (var outcome in outcomes)
                    {
                        summary.Count(outcome);
                    }
                }

                progress?.Invoke(summary);
            }
        }
        finally
        {
            // Surfaces the producer's failure (a broken stream, cancellation) rather than hiding it.
            await producer;
        }

        return summary;
    }

    private static async Task Produce(IEnumerable<MarcReadResult> results, ChannelWriter<PreparedBatch> output, Stream? rejects, TextWriter? reasons, int batchSize, CancellationToken cancellationToken)
    {
        try
        {
            var records = new List<IncomingRecord>(batchSize);
            var rejected = 0;
            foreach (var result in results)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Prepare(result, rejects, reasons) is { } incoming)
                {
                    records.Add(incoming);
                }
                else
                {
                    rejected++;
                }

                if (records.Count + rejected >= batchSize)
                {
                    await output.WriteAsync(new PreparedBatch(records, rejected), cancellationToken);
                    records = new List<IncomingRecord>(batchSize);
                    rejected = 0;
                }
            }

            if (records.Count + rejected > 0)
            {
                await output.WriteAsync(new PreparedBatch(records, rejected), cancellationToken);
            }

            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
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
        reasons?.WriteLine($"record {result.RecordNumber}: {reason}");
    }
}
