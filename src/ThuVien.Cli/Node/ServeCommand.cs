using System.CommandLine;
using Microsoft.Extensions.Hosting;
using ThuVien.Catalog;
using ThuVien.Web;

namespace ThuVien.Cli.Node;

/// <summary>`thuvien serve`: runs the node's web server on the embedded default (SQLite + local index) or the given database.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var node = new NodeOptions();
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://localhost:5000" };
        var noDemo = new Option<bool>("--no-demo") { Description = "Start empty instead of loading the demo catalogue into an empty database." };
        var code = new Option<string?>("--library-code") { Description = "The library's ISIL-style code, e.g. VN-HaNL (kept in the database)." };
        var name = new Option<string?>("--library-name") { Description = "The library's name (kept in the database)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The address other nodes reach this one at (kept in the database)." };
        var role = new Option<string?>("--role") { Description = "member, hub or both (kept in the database)." };
        var command = new Command("serve", "Run the library node: REST API under /api/v1, API reference at /api, health at /health.") { urls, noDemo, code, name, baseUrl, role };
        node.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            NodeRole? nodeRole = parse.GetValue(role)?.ToLowerInvariant() switch
            {
                null => null,
                "member" => NodeRole.Member,
                "hub" => NodeRole.Hub,
                "both" => NodeRole.MemberAndHub,
                var other => throw new UsageException($"unknown --role '{other}' (use member, hub or both)"),
            };
            string? setupLink = null;
            var options = new NodeAppOptions(node.Settings(parse), NodeOptions.Providers)
            {
                Identity = new NodeSetup.Options(true)
                {
                    LibraryCode = parse.GetValue(code),
                    Name = parse.GetValue(name),
                    BaseUrl = parse.GetValue(baseUrl),
                    Role = nodeRole,
                },
                Urls = parse.GetValue(urls)!,
                LoadDemo = !parse.GetValue(noDemo),
                OnSetupLink = link => setupLink = link,
            };
            var app = NodeApp.Build(options);
            Console.WriteLine($"ThuVien: data in {options.Database.DataDirectory}; preparing the database…");
            var outcome = await NodeApp.PrepareAsync(app, options, cancellationToken);
            if (outcome.Demo is { } demo)
            {
                Console.WriteLine($"Loaded the demo catalogue: {demo}");
            }

            await app.StartAsync(cancellationToken);
            if (setupLink is not null)
            {
                // Printed once the node listens, so the link works when it is opened.
                Console.WriteLine($"No account yet. Open {BrowsableAddress(options.Urls)}{setupLink} to create the administrator "
                    + "(the link works once, for a day; a restart prints a new one), or run 'thuvien admin create --user NAME'.");
            }

            Console.WriteLine($"Serving on {options.Urls} (API reference: {options.Urls.Split(';')[0]}/api). Ctrl+C stops.");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    /// <summary>The first address to listen on, as a browser on this machine reaches it ("http://0.0.0.0:5001" is not one).</summary>
    internal static string BrowsableAddress(string urls)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "http://localhost:5000";
        foreach (var any in new[] { "://0.0.0.0", "://[::]", "://*", "://+" })
        {
            first = first.Replace(any, "://localhost", StringComparison.Ordinal);
        }

        return first.TrimEnd('/');
    }
}
