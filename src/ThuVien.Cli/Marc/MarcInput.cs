using ThuVien.Marc;

namespace ThuVien.Cli.Marc;

/// <summary>Opens an input file (or "-" for stdin) and reads it with progress, yielding every result.</summary>
internal static class MarcInput
{
    public static Stream OpenRead(string path) => path == "-"
        ? Console.OpenStandardInput()
        : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    public static Stream OpenWrite(string path) => path == "-"
        ? new BufferedStream(Console.OpenStandardOutput(), 1 << 20)
        : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 20);

    /// <summary>Reads a whole file, calling <paramref name="onResult"/> for each result, with progress on stderr.</summary>
    public static void ReadAll(string path, string? from, MarcReaderOptions options, bool quiet, ReadTally tally, Action<MarcReadResult> onResult)
    {
        if (path != "-" && !File.Exists(path))
        {
            throw new UsageException($"{path}: no such file");
        }

        using var stream = OpenRead(path);
        var total = stream.CanSeek ? stream.Length : 0;
        using var reader = MarcFileFormats.OpenReader(stream, path, from, options);
        ConsoleProgress.Run($"reading {Path.GetFileName(path)}", total, quiet, report =>
        {
            foreach (var result in reader)
            {
                tally.Count(result);
                onResult(result);
                if ((tally.Read & 0x3FF) == 0)
                {
                    report(stream.CanSeek ? stream.Position : 0, tally.Read);
                }
            }

            report(total, tally.Read);
            return tally.Read;
        });
    }
}
