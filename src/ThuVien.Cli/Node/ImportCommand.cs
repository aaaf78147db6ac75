using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Catalog.Import;
using ThuVien.Cli.Marc;
using ThuVien.Marc;
using ThuVien.Storage;

namespace ThuVien.Cli.Node;

/// <summary>
/// `thuvien import FILE…`: loads MARC files into the catalogue in batched transactions. Matching
/// (--match) makes a second run update instead of duplicate; a run killed at any moment and run
/// again ends with the same catalogue.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var node = new NodeOptions();
        var files = new Argument<string[]>("FILE") { Description = "ISO 2709, MARCXML or MARC-in-JSON files (detected).", Arity = ArgumentArity.OneOrMore };
        var from = MarcOptions.From();
        var encoding = MarcOptions.Encoding();
        var match = new Option<string>("--match")
        {
            Description = "How an incoming record finds the stored one it updates: both (001+003, then ISBN/ISSN; the default), control, isbn, none. Records with neither are matched by a content fingerprint.",
            DefaultValueFactory = _ => "both",
        };
        var rejects = new Option<string?>("--rejects") { Description = "Write rejected records (raw) to this file and their reasons to FILE.txt, to fix and import again." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar." };
        var command = new Command("import", "Import MARC records into the catalogue.") { files, from, encoding, match, rejects, quiet };
        node.AddTo(command);
        command.SetAction(async (parse, cancellationToken) => await CommandRun.GuardAsync(async () =>
        {
            var mode = parse.GetValue(match)!.ToLowerInvariant() switch
            {
                "both" => MatchMode.Both,
                "control" => MatchMode.Control,
                "isbn" => MatchMode.Isbn,
                "none" => MatchMode.None,
                var other => throw new UsageException($"unknown --match '{other}' (use both, control, isbn or none)"),
            };
            var options = MarcOptions.ReaderOptions(parse.GetValue(encoding)!, strict: false);
            using var services = node.Services(parse);
            await DatabaseState.MigrateAsync(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ThuVienDb>>(), cancellationToken);
            var import = services.GetRequiredService<ImportRecords>();
            var rejectsPath = parse.GetValue(rejects);
            await using var rejectStream = rejectsPath is null ? null : MarcInput.OpenWrite(rejectsPath);
            await using var reasons = rejectsPath is null ? null : new StreamWriter(rejectsPath + ".txt");
            var total = new ImportSummary();
            foreach (var file in parse.GetValue(files)!)
            {
                var summary = await ImportFileAsync(import, file, parse.GetValue(from), options, mode, rejectStream, reasons, parse.GetValue(quiet), cancellationToken);
                Console.WriteLine($"{file}: {summary}");
                total.Add(summary);
            }

            if (parse.GetValue(files)!.Length > 1)
            {
                Console.WriteLine($"total: {total}");
            }

            return total.Rejected > 0 ? 1 : 0;
        }));
        return command;
    }

    private static async Task<ImportSummary> ImportFileAsync(ImportRecords import, string file, string? from, MarcReaderOptions options, MatchMode mode, Stream? rejects, TextWriter? reasons, bool quiet, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new UsageException($"{file}: no such file");
        }

        await using var stream = MarcInput.OpenRead(file);
        using var reader = MarcFileFormats.OpenReader(stream, file, from, options);
        return await ConsoleProgress.RunAsync($"importing {Path.GetFileName(file)}", stream.Length, quiet, report =>
            import.RunAsync(reader, mode, summary => report(stream.Position, summary.Read), rejects, reasons, cancellationToken: cancellationToken));
    }
}
