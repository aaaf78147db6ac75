using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using ThuVien.Cli.Tests.Support;

namespace ThuVien.Cli.Tests.Node;

/// <summary>The index's life across processes: rebuilds, interrupted rebuilds, and a node killed while indexing.</summary>
public sealed class ReindexCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thuvien-reindex-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Reindex_builds_a_new_generation_and_leaves_no_stale_ones_behind()
    {
        var (data, records) = await ImportedNodeAsync(copies: 1);
        var first = await ThuvienProcess.RunAsync("reindex", "--data", data, "-q");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"indexed {records:N0} records", first.Stdout, StringComparison.Ordinal);
        var second = await ThuvienProcess.RunAsync("reindex", "--data", data, "-q");
        Assert.Contains($"indexed {records:N0} records", second.Stdout, StringComparison.Ordinal);

        var index = Path.Combine(data, "index");
        var current = File.ReadAllText(Path.Combine(index, "CURRENT")).Trim();
        Assert.True(Directory.Exists(Path.Combine(index, current)));
        Assert.InRange(Directory.GetDirectories(index).Length, 1, 2);
        Assert.False(File.Exists(Path.Combine(index, "BUILDING")));
    }

    [Fact]
    public async Task A_rebuild_committed_in_many_steps_is_served_as_one_segment()
    {
        var (data, records) = await ImportedNodeAsync(copies: 1);
        var rebuilt = await ThuvienProcess.RunAsync("reindex", "--data", data, "-q", "--commit-every", "20");
        Assert.Equal(0, rebuilt.ExitCode);
        Assert.Contains($"indexed {records:N0} records", rebuilt.Stdout, StringComparison.Ordinal);

        // Each commit flushed a segment of its own; the promoted generation holds them merged into one.
        var index = Path.Combine(data, "index");
        var current = Path.Combine(index, File.ReadAllText(Path.Combine(index, "CURRENT")).Trim());
        Assert.Single(Directory.GetFiles(current, "*.si"));
    }

    [Fact]
    public async Task A_rebuild_killed_midway_resumes_and_indexes_every_record_once()
    {
        var (data, records) = await ImportedNodeAsync(copies: 6);
        var killed = await KillWhenAsync(["reindex", "--data", data, "-q", "--commit-every", "200"], () => IndexCommitted(data));
        Assert.True(killed, "the rebuild finished before it could be killed; index more records");
        Assert.True(File.Exists(Path.Combine(data, "index", "BUILDING")));

        var resumed = await ThuvienProcess.RunAsync("reindex", "--data", data, "-q");
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("(resumed)", resumed.Stdout, StringComparison.Ordinal);
        Assert.Contains($"indexed {records:N0} records", resumed.Stdout, StringComparison.Ordinal);

        await using var node = await ServedNode.StartAsync(data);
        Assert.Equal(records, await node.TotalWhenAsync(total => total == records));
    }

    [Fact]
    public async Task A_node_killed_while_indexing_catches_up_on_restart_without_duplicates()
    {
        var (data, records) = await ImportedNodeAsync(copies: 5);
        var port = FreePort();
        var killed = await KillWhenAsync(["serve", "--data", data, "--no-demo", "--urls", $"http://127.0.0.1:{port}"], () => SearchTotalAsync(port).GetAwaiter().GetResult() > 0);
        Assert.True(killed, "the node never indexed anything before the deadline");

        await using var node = await ServedNode.StartAsync(data);
        Assert.Equal(records, await node.TotalWhenAsync(total => total == records));
        await Task.Delay(500);
        Assert.Equal(records, await node.TotalWhenAsync(total => total == records));
    }

    private async Task<(string Data, int Records)> ImportedNodeAsync(int copies)
    {
        var file = Path.Combine(_dir, $"records-{copies}.mrc");
        var records = DistinctRecords.Write(file, copies);
        var data = Path.Combine(_dir, "node");
        var import = await ThuvienProcess.RunAsync("import", "--data", data, "-q", file);
        Assert.Equal(0, import.ExitCode);
        return (data, records);
    }

    private static bool IndexCommitted(string data) =>
        File.Exists(Path.Combine(data, "index", "BUILDING"))
        && Directory.EnumerateFiles(Path.Combine(data, "index"), "segments_*", SearchOption.AllDirectories).Any(f => !f.EndsWith("segments_1", StringComparison.Ordinal));

    /// <summary>Starts thuvien and kills it (SIGKILL) as soon as <paramref name="ready"/> holds; false if it exited first.</summary>
    private static async Task<bool> KillWhenAsync(string[] args, Func<bool> ready)
    {
        using var process = ThuvienProcess.Start(args);
        var waited = Stopwatch.StartNew();
        while (!process.HasExited && waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            bool isReady;
            try
            {
                isReady = ready();
            }
            catch (HttpRequestException)
            {
                isReady = false;
            }

            if (isReady)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return true;
            }

            await Task.Delay(20);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        return false;
    }

    private static async Task<int> SearchTotalAsync(int port)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var body = await client.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{port}/api/v1/search?q=&size=1");
        return body.GetProperty("total").GetInt32();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>`thuvien serve` over a data folder, stopped (killed) when disposed.</summary>
    private sealed class ServedNode : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly int _port;

        private ServedNode(Process process, int port)
        {
            _process = process;
            _port = port;
        }

        public static async Task<ServedNode> StartAsync(string data)
        {
            var port = FreePort();
            var node = new ServedNode(ThuvienProcess.Start(["serve", "--data", data, "--no-demo", "--urls", $"http://127.0.0.1:{port}"]), port);
            var waited = Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    await SearchTotalAsync(port);
                    return node;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100);
                }
            }

            await node.DisposeAsync();
            throw new TimeoutException("the node did not start");
        }

        /// <summary>Polls the node's search until <paramref name="done"/> holds for its total, or a minute passed.</summary>
        public async Task<int> TotalWhenAsync(Func<int, bool> done)
        {
            var waited = Stopwatch.StartNew();
            while (true)
            {
                var total = await SearchTotalAsync(_port);
                if (done(total) || waited.Elapsed > TimeSpan.FromSeconds(60))
                {
                    return total;
                }

                await Task.Delay(100);
            }
        }

        public async ValueTask DisposeAsync()
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
