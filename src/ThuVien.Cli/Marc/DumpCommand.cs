using System.CommandLine;
using System.Text;
using ThuVien.Marc;

namespace ThuVien.Cli.Marc;

/// <summary>`thuvien marc dump FILE`: the records in yaz-marcdump's readable line format, a blank line between records.</summary>
internal static class DumpCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "File to show, or - for standard input." };
        var from = MarcOptions.From();
        var encoding = MarcOptions.Encoding();
        var command = new Command("dump", "Print records in a readable line format (245 10 $a Truyện Kiều / $c Nguyễn Du.); problems go to stderr.")
        {
            file, from, encoding,
        };
        command.SetAction(parse => CommandRun.Guard(() => Run(parse.GetValue(file)!, parse.GetValue(from), MarcOptions.ReaderOptions(parse.GetValue(encoding)!, strict: false))));
        return command;
    }

    private static int Run(string path, string? from, MarcReaderOptions options)
    {
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        var text = new StringBuilder(4096);
        var tally = new ReadTally();
        MarcInput.ReadAll(path, from, options, quiet: true, tally, result =>
        {
            foreach (var issue in result.Issues)
            {
                Console.Error.WriteLine(issue);
            }

            if (result.Record is { } record)
            {
                text.Clear();
                MarcLineFormat.Append(record, text);
                stdout.Write(text);
                stdout.Write('\n');
            }
        });
        stdout.Flush();
        return tally.Rejected > 0 ? 1 : 0;
    }
}
