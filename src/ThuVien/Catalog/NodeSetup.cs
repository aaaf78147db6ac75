using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog.Demo;
using ThuVien.Catalog.Import;
using ThuVien.Marc;
using ThuVien.Storage;

namespace ThuVien.Catalog;

/// <summary>
/// What a node does when it starts: apply migrations, make sure it knows who it is, and load the demo
/// catalogue into an empty database. (Accounts are the accounts part's: see FirstAdmin.)
/// </summary>
internal sealed class NodeSetup(IDbContextFactory<ThuVienDb> databases, ImportRecords import)
{
    public sealed record Options(bool LoadDemo)
    {
        /// <summary>Who the node is; null leaves what is stored (or the defaults on first start).</summary>
        public string? LibraryCode { get; init; }

        public string? Name { get; init; }

        public string? BaseUrl { get; init; }

        public NodeRole? Role { get; init; }
    }

    public sealed record Outcome(ImportSummary? Demo);

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
        await db.SaveChangesAsync(cancellationToken);
        ImportSummary? demo = null;
        if (options.LoadDemo && !await db.Records.AnyAsync(cancellationToken))
        {
            var records = DemoCatalogue.Generate().Select((r, i) => MarcReadResult.Accepted(i + 1, i, r, []));
            demo = await import.RunAsync(records, MatchMode.Both, cancellationToken: cancellationToken);
        }

        return new Outcome(demo);
    }
}
