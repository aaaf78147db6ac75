using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ThuVien.Cli.Tests.Support;

namespace ThuVien.Cli.Tests.Admin;

/// <summary>`thuvien serve` on a node without accounts prints a setup link that opens the setup page; with an account it prints none.</summary>
public sealed partial class SetupLinkTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thuvien-setup-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Serve_prints_a_working_setup_link_until_an_administrator_exists()
    {
        var data = Path.Combine(_dir, "node");
        var (output, link) = await ServeUntilAsync(data, async (port, line) =>
        {
            if (SetupLink().Match(line) is not { Success: true } match)
            {
                return false;
            }

            using var client = new HttpClient();
            var page = await client.GetAsync(match.Value);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(port, new Uri(match.Value).Port);
            return true;
        });
        Assert.True(link, "serve printed no setup link:\n" + output);

        var admin = await ThuvienProcess.RunWithInputAsync("một mật khẩu đủ dài\n", "admin", "create", "--data", data, "--user", "quan-tri", "--password-stdin");
        Assert.Equal(0, admin.ExitCode);
        var (again, _) = await ServeUntilAsync(data, (_, line) => Task.FromResult(line.StartsWith("Serving on", StringComparison.Ordinal)));
        Assert.DoesNotMatch(SetupLink(), again);
    }

    /// <summary>Runs serve until <paramref name="done"/> holds for a line of its output (or a minute passed), then kills it.</summary>
    private static async Task<(string Output, bool Done)> ServeUntilAsync(string data, Func<int, string, Task<bool>> done)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "thuvien.dll"), "serve", "--data", data, "--no-demo", "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var output = new System.Text.StringBuilder();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                output.AppendLine(line);
                if (await done(port, line))
                {
                    return (output.ToString(), true);
                }
            }

            return (output.ToString(), false);
        }
        catch (OperationCanceledException)
        {
            return (output.ToString(), false);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"http://[^\s]+/account/setup\?code=[A-Za-z0-9_-]+")]
    private static partial Regex SetupLink();
}
