using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using ThuVien.Search.Indexing;
using ThuVien.Storage;

namespace ThuVien.Search;

/// <summary>
/// Rebuilds the index from the database into a new generation while the old one keeps serving, then
/// promotes it. Interrupted, it resumes from its last commit; the indexer then applies whatever changed
/// after the rebuild began, since the rebuild commits the sequence it started from.
/// </summary>
internal sealed class RebuildIndex(SearchIndex index, IDbContextFactory<ThuVienDb> databases)
{
    private const int RecordsPerBatch = 1000;

    /// <summary>Records between commits: what an interrupted rebuild may have to write again.</summary>
    public const int DefaultRecordsPerCommit = 50_000;

    /// <summary>How far a rebuild got: records written and records to write in all.</summary>
    internal readonly record struct Progress(long Done, long Total);

    internal sealed record Outcome(string Generation, long Records, long Sequence, bool Resumed, TimeSpan Elapsed, TimeSpan Merging);

    public async Task<Outcome> RunAsync(IProgress<Progress>? progress, CancellationToken cancellationToken, int recordsPerCommit = DefaultRecordsPerCommit)
    {
        var stopwatch = Stopwatch.StartNew();
        var generations = index.Generations;
        var resumed = generations.Building is not null;
        var name = generations.Building ?? generations.NextName();
        generations.MarkBuilding(name);

        long total;
        long sequence;
        long done;
        var mergeTime = TimeSpan.Zero;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            total = await db.Records.LongCountAsync(r => !r.Deleted, cancellationToken);
            sequence = await RecordBatches.LatestSequenceAsync(db, cancellationToken);
        }

        using (var generation = new IndexGeneration(name, generations.PathOf(name), ramBufferMegabytes: 256))
        {
            var afterId = generation.ResumeAfterId;
            if (resumed && afterId > 0)
            {
                sequence = generation.CommittedSequence;
            }
            else
            {
                generation.DeleteAll();
                afterId = 0;
            }

            done = generation.DocumentCount;
            var sinceCommit = 0;
            var batchSize = Math.Clamp(recordsPerCommit, 1, RecordsPerBatch);
            var next = ReadAsync(afterId, batchSize, cancellationToken);
            while (true)
            {
                var rows = await next;
                if (rows.Count == 0)
                {
                    break;
                }

                afterId = rows[^1].Id;
                next = ReadAsync(afterId, batchSize, cancellationToken);
                Parallel.ForEach(rows, new ParallelOptions { CancellationToken = cancellationToken }, row => generation.Add(RecordDocument.Build(row)));
                done += rows.Count;
                progress?.Report(new Progress(done, Math.Max(done, total)));
                sinceCommit += rows.Count;
                if (sinceCommit >= recordsPerCommit)
                {
                    sinceCommit = 0;
                    generation.Commit(sequence, resumeAfterId: afterId);
                }
            }

            // One segment serves a search with one term lookup and one scorer per clause instead of one per
            // segment: at a million records that is most of what a query with few hits costs. Merging before
            // the final commit keeps resumption as it was: killed while merging, the rebuild resumes from
            // its last checkpoint.
            var merging = Stopwatch.StartNew();
            generation.Optimise(maxSegments: 1);
            mergeTime = merging.Elapsed;
            generation.Commit(sequence);
        }

        var previous = generations.Current;
        generations.Promote(name);
        generations.DeleteStale(keep: previous);
        return new Outcome(name, done, sequence, resumed, stopwatch.Elapsed, mergeTime);
    }

    private async Task<List<Catalog.BibRecord>> ReadAsync(long afterId, int size, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await RecordBatches.AfterAsync(db, afterId, size, cancellationToken);
    }
}
