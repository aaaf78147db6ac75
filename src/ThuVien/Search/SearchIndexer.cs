using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ThuVien.Search.Indexing;
using ThuVien.Storage;

namespace ThuVien.Search;

/// <summary>
/// Keeps the index current by tailing the change log (ARCHITECTURE: the index is derived state): it
/// applies changes after the sequence recorded in the index's last commit, so after a restart or a crash
/// it catches up from there, and it switches to a rebuilt generation when a rebuild promotes one.
/// </summary>
internal sealed partial class SearchIndexer(
    SearchIndex index,
    IDbContextFactory<ThuVienDb> databases,
    ILogger<SearchIndexer> logger) : BackgroundService
{
    private const int ChangesPerBatch = 2000;
    private static readonly TimeSpan IdleWait = TimeSpan.FromMilliseconds(200);

    /// <summary>Applies every pending change once; returns how many changes it applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        index.SwitchIfRebuilt();
        var generation = index.Current;
        var applied = 0;
        while (true)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var after = generation.CommittedSequence;
            var changes = await db.Changes.AsNoTracking()
                .Where(c => c.Sequence > after)
                .OrderBy(c => c.Sequence)
                .Take(ChangesPerBatch)
                .Select(c => new { c.Sequence, c.RecordId })
                .ToListAsync(cancellationToken);
            if (changes.Count == 0)
            {
                return applied;
            }

            var ids = changes.Select(c => c.RecordId).Distinct().ToList();
            var rows = (await RecordBatches.ByIdsAsync(db, ids, cancellationToken)).ToDictionary(r => r.Id);
            foreach (var id in ids)
            {
                if (rows.TryGetValue(id, out var row) && !row.Deleted)
                {
                    generation.Upsert(id, RecordDocument.Build(row));
                }
                else
                {
                    generation.Delete(id);
                }
            }

            generation.Commit(changes[^1].Sequence);
            generation.Refresh();
            applied += changes.Count;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var applied = await CatchUpAsync(stoppingToken);
                if (applied > 0)
                {
                    LogApplied(applied, index.Current.CommittedSequence);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The indexer must outlive a failed batch: it retries from the committed sequence.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogFailed(exception);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            await Task.Delay(IdleWait, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index: applied {Count} changes, now at sequence {Sequence}")]
    private partial void LogApplied(int count, long sequence);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index: a batch of changes failed; retrying from the committed sequence")]
    private partial void LogFailed(Exception exception);
}
