using System.Diagnostics;
using Spectre.Console;

namespace ThuVien.Cli;

/// <summary>
/// Progress on stderr for long work: a bar with records/s when stderr is a terminal, otherwise a plain
/// line every few seconds (Spectre prints nothing at all when output is redirected). Data stays on stdout.
/// </summary>
internal sealed class ConsoleProgress
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly string _description;
    private readonly long _totalBytes;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastPlain;

    private ConsoleProgress(string description, long totalBytes)
    {
        _description = description;
        _totalBytes = totalBytes;
    }

    public delegate void Report(long bytesDone, long records);

    /// <summary>Runs work that reports (bytes done, records) now and then.</summary>
    public static T Run<T>(string description, long totalBytes, bool quiet, Func<Report, T> work) =>
        RunAsync(description, totalBytes, quiet, report => Task.FromResult(work(report))).GetAwaiter().GetResult();

    /// <summary>Runs asynchronous work that reports (bytes done, records) now and then.</summary>
    public static async Task<T> RunAsync<T>(string description, long totalBytes, bool quiet, Func<Report, Task<T>> work)
    {
        var progress = new ConsoleProgress(description, totalBytes);
        if (quiet)
        {
            return await work(static (_, _) => { });
        }

        if (Console.IsErrorRedirected)
        {
            return await work(progress.ReportPlain);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, totalBytes));
                return await work((bytes, records) =>
                {
                    task.Value = bytes;
                    var rate = records / Math.Max(0.001, progress._clock.Elapsed.TotalSeconds);
                    task.Description = Markup.Escape($"{description}: {records:N0} records, {rate:N0}/s");
                });
            });
    }

    private void ReportPlain(long bytesDone, long records)
    {
        var now = _clock.Elapsed;
        if (now - _lastPlain < PlainInterval)
        {
            return;
        }

        _lastPlain = now;
        var percent = _totalBytes > 0 ? $" ({100.0 * bytesDone / _totalBytes:0}%)" : string.Empty;
        Console.Error.WriteLine($"{_description}: {records:N0} records{percent}, {records / now.TotalSeconds:N0}/s");
    }
}
