using System.CommandLine;
using ThuVien.Marc;

namespace ThuVien.Cli.Marc;

/// <summary>
/// `thuvien marc validate FILE…`: reads every record and says how many were read, accepted,
/// accepted with warnings and rejected; exit 1 when anything was rejected.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Files to check.", Arity = ArgumentArity.OneOrMore };
        var from = MarcOptions.From();
        var encoding = MarcOptions.Encoding();
        var strict = MarcOptions.Strict();
        var report = new Option<string?>("--report") { Description = "Write every problem (record, byte offset, tag, message) to this file, - for stdout." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on stderr." };
        var command = new Command("validate", "Check MARC files record by record; summary on stdout, exit 1 if any record is rejected.")
        {
            files, from, encoding, strict, report, quiet,
        };
        command.SetAction(parse => CommandRun.Guard(() => Run(
            parse.GetValue(files)!, parse.GetValue(from),
            MarcOptions.ReaderOptions(parse.GetValue(encoding)!, parse.GetValue(strict)), parse.GetValue(report), parse.GetValue(quiet))));
        return command;
    }

    private static int Run(string[] files, string? from, MarcReaderOptions options, string? reportPath, bool quiet)
    {
        using var reportStream = reportPath is null ? null : MarcInput.OpenWrite(reportPath);
        using var report = reportStream is null ? null : new StreamWriter(reportStream);
        var total = new ReadTally();
        var anyRejected = false;
        foreach (var file in files)
        {
            var tally = new ReadTally();
            MarcInput.ReadAll(file, from, options, quiet, tally, result =>
            {
                if (report is not null)
                {
                    foreach (var issue in result.Issues)
                    {
                        report.WriteLine($"{file}: {issue}");
                    }
                }
            });
            Console.WriteLine(tally.Summary(file));
            anyRejected |= tally.Rejected > 0;
            total.Add(tally);
        }

        if (files.Length > 1)
        {
            Console.WriteLine(total.Summary("total"));
        }

        return anyRejected ? 1 : 0;
    }
}
