// An HTTP load client: GETs every line of a query file (URL query strings) from BASE+PATH with C
// concurrent workers and no think time, after a warm-up of W requests that are not measured. Prints
// the count, the errors (every answer other than 200 is one, and so is a failed connection or a
// timeout, each tallied by kind), throughput and the p50/p95/p99/max latency, measured from sending
// the request to reading the last byte of the body. With --pid it adds the peak resident memory of
// that process (VmHWM in /proc/PID/status, i.e. since it started).
//   dotnet run bench/search/load.cs -- --url http://127.0.0.1:5000 [--path /api/v1/search]
//       --queries FILE [--concurrency 1] [--warmup 100] [--pid N] [--timeout 30]
using System.Diagnostics;
using System.Globalization;
using System.Net;

var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: load.cs --url URL [--path /api/v1/search] --queries FILE [--concurrency C] [--warmup W] [--pid PID] [--timeout SECONDS]");
    return 2;
}

var lines = File.ReadLines(options.Queries).Where(l => l.Length > 0 && l[0] != '#').ToArray();
var requests = lines.Select(l => new Uri(options.Url, options.Path + "?" + l)).ToArray();
if (requests.Length == 0)
{
    Console.Error.WriteLine($"load: {options.Queries} holds no queries");
    return 2;
}

using var handler = new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.Concurrency,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    UseProxy = false,
    UseCookies = false,
    AutomaticDecompression = DecompressionMethods.None,
};
using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds) };

// Warm-up cycles through the queries: it fills the JIT, the connection pool and the server's caches.
await Run(Enumerable.Range(0, options.Warmup).Select(i => requests[i % requests.Length]).ToArray(), options.Concurrency);
var started = Stopwatch.GetTimestamp();
var outcomes = await Run(requests, options.Concurrency);
var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;

var errors = outcomes.Where(o => o.Status != "200").ToArray();
var latencies = outcomes.Select(o => o.Milliseconds).Order().ToArray();
var tally = string.Join(", ", errors.GroupBy(e => e.Status).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} x{g.Count()}"));
var errorKinds = errors.Length > 0 ? $" ({tally})" : string.Empty;
var memory = options.Pid is { } pid ? $"; server peak RSS {PeakRss(pid)}" : string.Empty;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"concurrency {options.Concurrency}: {outcomes.Length} requests in {elapsed:F1} s ({outcomes.Length / elapsed:F0}/s), errors {errors.Length}{errorKinds}; latency ms p50 {Percentile(latencies, 50):F1} p95 {Percentile(latencies, 95):F1} p99 {Percentile(latencies, 99):F1} max {latencies[^1]:F1}{memory}"));
foreach (var error in errors.Take(5))
{
    Console.WriteLine($"  error {error.Status}: {error.Request.PathAndQuery}");
}

return 0;

async Task<Outcome[]> Run(Uri[] batch, int concurrency)
{
    var outcomes = new Outcome[batch.Length];
    var next = -1;
    var workers = Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < batch.Length)
        {
            outcomes[i] = await Get(batch[i]);
        }
    });
    await Task.WhenAll(workers);
    return outcomes;
}

async Task<Outcome> Get(Uri request)
{
    var start = Stopwatch.GetTimestamp();
    string status;
    try
    {
        using var response = await http.GetAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await response.Content.CopyToAsync(Stream.Null);
        status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
    }
    catch (TaskCanceledException)
    {
        status = "timeout";
    }
    catch (HttpRequestException e)
    {
        status = e.HttpRequestError.ToString();
    }

    return new Outcome(request, status, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
}

// Nearest rank: the smallest latency that at least p% of the requests did not exceed.
static double Percentile(double[] sorted, int p) => sorted[Math.Max(0, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];

static string PeakRss(int pid)
{
    try
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? "unknown (no VmHWM)" : $"{long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024} MB";
    }
    catch (IOException)
    {
        return $"unknown (process {pid} not readable)";
    }
}

internal sealed record Outcome(Uri Request, string Status, double Milliseconds);

internal sealed record Options(Uri Url, string Path, string Queries, int Concurrency, int Warmup, int? Pid, int TimeoutSeconds)
{
    public static Options? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        if (args.Length % 2 != 0 || !values.TryGetValue("url", out var url) || !values.TryGetValue("queries", out var queries)
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        string[] numbers = ["concurrency", "warmup", "pid", "timeout"];
        if (numbers.Any(n => values.TryGetValue(n, out var text) && !(int.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > 0 || n == "warmup" && text == "0")))
        {
            return null;
        }

        int? Number(string name) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : null;
        return values.Keys.Except(["url", "path", "queries", .. numbers]).Any()
            ? null
            : new Options(uri, values.GetValueOrDefault("path", "/api/v1/search"), queries, Number("concurrency") ?? 1, Number("warmup") ?? 100, Number("pid"), Number("timeout") ?? 30);
    }
}
