using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog.Demo;
using ThuVien.Catalog.Import;
using ThuVien.Marc;
using ThuVien.Storage;

namespace ThuVien.Catalog;

/// <summary>
/// What a node does when it starts: apply migrations, make sure it knows who it is, make sure staff
/// have an API key (shown once, stored only as a hash), and load the demo catalogue into an empty database.
/// </summary>
internal sealed class NodeSetup(IDbContextFactory<ThuVienDb> databases, ImportRecords import)
{
    public sealed record Options(bool LoadDemo, string? ConfiguredApiKey)
    {
        /// <summary>Who the node is; null leaves what is stored (or the defaults on first start).</summary>
        public string? LibraryCode { get; init; }

        public string? Name { get; init; }

        public string? BaseUrl { get; init; }

        public NodeRole? Role { get; init; }
    }

    public sealed record Outcome(string? NewApiKey, ImportSummary? Demo);

    public async Task<Outcome> RunAsync(Options options, CancellationToken cancellationToken = default)
    {
        await DatabaseState.MigrateAsync(databases, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var node = await db.Node.SingleOrDefaultAsync(cancellationToken);
        if (node is null)
        {
            node = new NodeIdentity();
            db.Node.Add(node);
        }

        node.LibraryCode = options.LibraryCode ?? node.LibraryCode;
        node.Name = options.Name ?? node.Name;
        node.BaseUrl = options.BaseUrl ?? node.BaseUrl;
        node.Role = options.Role ?? node.Role;
        string? newKey = null;
        if (options.ConfiguredApiKey is { Length: > 0 } configured)
        {
            node.ApiKeyHash = HashKey(configured);
        }
        else if (node.ApiKeyHash is null)
        {
            newKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
            node.ApiKeyHash = HashKey(newKey);
        }

        await db.SaveChangesAsync(cancellationToken);
        ImportSummary? demo = null;
        if (options.LoadDemo && !await db.Records.AnyAsync(cancellationToken))
        {
            var records = DemoCatalogue.Generate().Select((r, i) => MarcReadResult.Accepted(i + 1, i, r, []));
            demo = await import.RunAsync(records, MatchMode.Both, cancellationToken: cancellationToken);
        }

        return new Outcome(newKey, demo);
    }

    public static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
