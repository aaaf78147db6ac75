using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Search;
using ThuVien.Storage;

namespace ThuVien.Cli.Node;

/// <summary>
/// `thuvien reindex`: rebuilds the search index from the database into a new generation while a running
/// node keeps serving the old one, then switches. Interrupted, it resumes where it stopped.
/// </summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var node = new NodeOptions();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar." };
        var commitEvery = new Option<int>("--commit-every")
        {
            Description = "Records between commits; an interrupted rebuild resumes from the last commit.",
            DefaultValueFactory = _ => RebuildIndex.DefaultRecordsPerCommit,
        };
        var command = new Command("reindex", "Rebuild the search index from the database (a running node keeps serving meanwhile).") { quiet, commitEvery };
        node.AddTo(command);
        command.SetAction(async (parse, cancellationToken) => await CommandRun.GuardAsync(async () =>
        {
            using var services = node.Services(parse);
            var databases = services.GetRequiredService<IDbContextFactory<ThuVienDb>>();
            await DatabaseState.MigrateAsync(databases, cancellationToken);
            long records;
            await using (var db = await databases.CreateDbContextAsync(cancellationToken))
            {
                records = await db.Records.LongCountAsync(r => !r.Deleted, cancellationToken);
            }

            var rebuild = services.GetRequiredService<RebuildIndex>();
            var outcome = await ConsoleProgress.RunAsync("indexing", records, parse.GetValue(quiet), report =>
                rebuild.RunAsync(new Progress<RebuildIndex.Progress>(p => report(p.Done, p.Done)), cancellationToken, Math.Max(1, parse.GetValue(commitEvery))));
            Console.WriteLine($"indexed {outcome.Records:N0} records up to change {outcome.Sequence} in {outcome.Elapsed.TotalSeconds:F1} s (merging into one segment: {outcome.Merging.TotalSeconds:F1} s){(outcome.Resumed ? " (resumed)" : string.Empty)}; index generation {outcome.Generation}");
            return 0;
        }));
        return command;
    }
}
