using System.CommandLine;
using ThuVien.Marc;

namespace ThuVien.Cli.Marc;

/// <summary>`thuvien marc convert IN OUT`: any MARC serialisation to any other, in UTF-8.</summary>
internal static class ConvertCommand
{
    private const int RejectionsShown = 10;

    public static Command Create()
    {
        var input = new Argument<string>("IN") { Description = "Input file, or - for standard input." };
        var output = new Argument<string>("OUT") { Description = "Output file, or - for standard output." };
        var from = MarcOptions.From();
        var to = new Option<string?>("--to") { Description = "Output format: mrc, xml or json. Default: from the output file name." };
        var encoding = MarcOptions.Encoding();
        var strict = MarcOptions.Strict();
        var rejects = new Option<string?>("--rejects") { Description = "Write the raw bytes of rejected records to this file, to fix and convert again." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress or summary on stderr." };
        var command = new Command("convert", "Convert MARC records between ISO 2709 (mrc), MARCXML (xml) and MARC-in-JSON (json).")
        {
            input, output, from, to, encoding, strict, rejects, quiet,
        };
        command.SetAction(parse => CommandRun.Guard(() => Run(
            parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(from), parse.GetValue(to),
            MarcOptions.ReaderOptions(parse.GetValue(encoding)!, parse.GetValue(strict)), parse.GetValue(rejects), parse.GetValue(quiet))));
        return command;
    }

    private static int Run(string inPath, string outPath, string? from, string? to, MarcReaderOptions options, string? rejectsPath, bool quiet)
    {
        if (outPath == "-" && to is null)
        {
            throw new UsageException("writing to standard output needs --to mrc|xml|json");
        }

        using var outStream = MarcInput.OpenWrite(outPath);
        using var writer = MarcFileFormats.OpenWriter(outStream, outPath, to);
        using var rejects = rejectsPath is null ? null : MarcInput.OpenWrite(rejectsPath);
        var shown = 0;
        var tally = new ReadTally();
        MarcInput.ReadAll(inPath, from, options, quiet, tally, result =>
        {
            if (result.Record is { } record)
            {
                try
                {
                    writer.Write(record);
                }
                catch (MarcWriteException e)
                {
                    tally.CountNotWritten();
                    Report(ref shown, quiet, $"record {result.RecordNumber}: not written: {e.Message}");
                    rejects?.Write(result.Raw.Span);
                }

                return;
            }

            rejects?.Write(result.Raw.Span);
            Report(ref shown, quiet, $"record {result.RecordNumber} rejected: {string.Join("; ", result.Issues.Select(i => i.ToString()))}");
        });
        writer.Complete();
        if (!quiet)
        {
            if (shown >= RejectionsShown && tally.Rejected + tally.NotWritten > shown)
            {
                Console.Error.WriteLine($"… and {tally.Rejected + tally.NotWritten - shown} more (use 'thuvien marc validate --report FILE' for all)");
            }

            Console.Error.WriteLine(tally.Summary(inPath) + $", written {tally.Accepted - tally.NotWritten}");
        }

        return tally.Rejected + tally.NotWritten > 0 ? 1 : 0;
    }

    private static void Report(ref int shown, bool quiet, string message)
    {
        if (!quiet && shown++ < RejectionsShown)
        {
            Console.Error.WriteLine(message);
        }
    }
}
