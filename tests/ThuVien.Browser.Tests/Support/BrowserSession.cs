using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ThuVien.Web.Tests.Support;

[assembly: AssemblyFixture(typeof(ThuVien.Browser.Tests.Support.BrowserSession))]

namespace ThuVien.Browser.Tests.Support;

/// <summary>
/// One node with the demo catalogue and one headless Chromium for the whole project. The browser is
/// Debian's (THUVIEN_CHROMIUM, else /usr/bin/chromium); Playwright never downloads one. When it is
/// not installed, every test skips and says so.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumVariable = "THUVIEN_CHROMIUM";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private TestNode? _node;

    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public Uri BaseAddress => _node?.Anonymous.BaseAddress ?? throw new InvalidOperationException("the node has not started");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _node = await TestNode.StartAsync(Engine.Sqlite, loadDemo: true);
        await WaitForIndexAsync(_node);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (no cookies) and page on the node; skips the test when Chromium is missing.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        if (_browser is null)
        {
            Assert.Skip($"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium fonts-dejavu-core, or set {ChromiumVariable})");
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        // A ceiling, not a measure: on a test machine loaded by the other test projects a page can take seconds.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>The indexer runs in the background: tests start once the search sees every demo record.</summary>
    private static async Task WaitForIndexAsync(TestNode node)
    {
        var records = (await node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/records?size=1")).GetProperty("total").GetInt32();
        var waited = Stopwatch.StartNew();
        while ((await node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/search?q=&size=1")).GetProperty("total").GetInt32() != records)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"the search index did not reach {records} records in a minute");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }
}
