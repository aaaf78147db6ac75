using System.Diagnostics;
using ThuVien.Cli.Tests.Support;
using ThuVien.Marc;
using ThuVien.Marc.Iso2709;
using ThuVien.Marc.Tests.Support;

namespace ThuVien.Cli.Tests.Node;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thuvien-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        var file = Path.Combine(_dir, "distinct.mrc");
        var records = DistinctRecords.Write(file, copies: 1);
        var data = Path.Combine(_dir, "node");
        var first = await ThuvienProcess.RunAsync("import", "--data", data, "-q", file);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"read {records}, created {records}, updated 0, unchanged 0, rejected 0", first.Stdout, StringComparison.Ordinal);
        var second = await ThuvienProcess.RunAsync("import", "--data", data, "-q", file);
        Assert.Contains($"read {records}, created 0, updated 0, unchanged {records}, rejected 0", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_repeats_control_numbers_never_creates_duplicates_on_a_second_import()
    {
        // marc4j's Pride and Prejudice file holds a few records twice under one 001/003 with different
        // content: each run ends with the last of them, so the second run updates those and creates nothing.
        var file = TestData.Require("marc/marc4j/pride-and-prejudice-fixed.mrc");
        var data = Path.Combine(_dir, "node");
        var first = await ThuvienProcess.RunAsync("import", "--data", data, "-q", file);
        Assert.Contains("read 383, created ", first.Stdout, StringComparison.Ordinal);
        var second = await ThuvienProcess.RunAsync("import", "--data", data, "-q", file);
        Assert.Contains("read 383, created 0, ", second.Stdout, StringComparison.Ordinal);
        var before = await ThuvienProcess.RunAsync("export", "--data", data, "--format", "mrc");
        var third = await ThuvienProcess.RunAsync("import", "--data", data, "-q", file);
        Assert.Contains("created 0, ", third.Stdout, StringComparison.Ordinal);
        var after = await ThuvienProcess.RunAsync("export", "--data", data, "--format", "mrc");
        Assert.Equal(before.StdoutBytes, after.StdoutBytes);
    }

    [Fact]
    public async Task An_import_killed_midway_and_run_again_ends_with_the_same_catalogue_as_one_clean_run()
    {
        var file = Path.Combine(_dir, "many.mrc");
        var records = DistinctRecords.Write(file, copies: 30);

        var clean = Path.Combine(_dir, "clean");
        var cleanRun = await ThuvienProcess.RunAsync("import", "--data", clean, "-q", file);
        Assert.Equal(0, cleanRun.ExitCode);
        Assert.Contains($"read {records}, created {records}", cleanRun.Stdout, StringComparison.Ordinal);

        var killed = Path.Combine(_dir, "killed");
        var interrupted = await KillAfterFirstCommitAsync(killed, file);
        Assert.True(interrupted, "the import finished before it could be killed; make the file larger");
        var resumed = await ThuvienProcess.RunAsync("import", "--data", killed, "-q", file);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("unchanged", resumed.Stdout, StringComparison.Ordinal);

        var expected = await ThuvienProcess.RunAsync("export", "--data", clean, "--format", "mrc");
        var actual = await ThuvienProcess.RunAsync("export", "--data", killed, "--format", "mrc");
        Assert.Equal(0, expected.ExitCode);
        Assert.True(expected.StdoutBytes.Length > 100_000);
        Assert.Equal(expected.StdoutBytes, actual.StdoutBytes);
    }

    /// <summary>Starts an import and kills it (SIGKILL) as soon as its database shows committed records.</summary>
    private static async Task<bool> KillAfterFirstCommitAsync(string data, string file)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "thuvien.dll"), "import", "--data", data, "-q", file])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var wal = Path.Combine(data, "thuvien.db-wal");
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            // A WAL of more than a few pages means at least one batch has been written.
            if (File.Exists(wal) && new FileInfo(wal).Length > 512 * 1024)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }
}
