using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Storage;

namespace ThuVien.Web.Opac;

/// <summary>The node's name, code and address as pages show them; read once per request from the Node table.</summary>
internal sealed class LibraryIdentity(IDbContextFactory<ThuVienDb> databases)
{
    private NodeIdentity? _node;

    public async Task<NodeIdentity> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_node is null)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            _node = await db.Node.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new NodeIdentity();
        }

        return _node;
    }

    /// <summary>The stable address of a record: the node's base URL, which is where readers and peers reach it.</summary>
    public async Task<string> PermalinkAsync(long recordId, CancellationToken cancellationToken = default)
    {
        var node = await GetAsync(cancellationToken);
        return $"{node.BaseUrl.TrimEnd('/')}/record/{recordId}";
    }
}
