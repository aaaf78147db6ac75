using System.Diagnostics;

namespace ThuVien.Marc.Tests.Support;

/// <summary>
/// Runs a third-party command-line tool (xmllint, yaz-marcdump) with a timeout, capturing its
/// output. Tests call <see cref="Require"/> first, which skips them visibly when the tool is not installed.
/// </summary>
internal static class ExternalTool
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>What a run of a tool produced; standard output is kept as bytes (it may be ISO 2709).</summary>
    public sealed record Result(int ExitCode, byte[] Output, string StandardError, bool TimedOut)
    {
        public string StandardOutput => System.Text.Encoding.UTF8.GetString(Output);

        public override string ToString() =>
            TimedOut ? "timed out" : $"exit {ExitCode}\n{StandardOutput}\n{StandardError}".Trim();
    }

    /// <summary>The full path of a tool on the PATH, or null.</summary>
    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in new[] { name, name + ".exe" })
            {
                var full = Path.Combine(folder, candidate);
                if (File.Exists(full))
                {
                    return full;
                }
            }
        }

        return null;
    }

    /// <summary>The full path of a tool; skips the test when it is not installed.</summary>
    public static string Require(string name, string package)
    {
        var path = Find(name);
        if (path is null)
        {
            Assert.Skip($"{name} is not installed (package {package}); this test needs it");
        }

        return path;
    }

    /// <summary>Runs a tool to completion or until the timeout, when it is killed.</summary>
    public static Result Run(string tool, IEnumerable<string> arguments, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        // Both streams are drained concurrently, or a chatty tool blocks on a full pipe.
        var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(timeout ?? DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Result(-1, [], string.Empty, TimedOut: true);
        }

        process.WaitForExit();
        copy.GetAwaiter().GetResult();
        return new Result(process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult(), TimedOut: false);
    }
}
