using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Network.Oai;

/// <summary>Reads the token key, making one on first use; remembered for the life of the process.</summary>
internal sealed class OaiSecretStore(IDbContextFactory<ThuVienDb> databases)
{
    private const int KeyBytes = 32;
    private byte[]? _key;

    public async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (_key is { } known)
        {
            return known;
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var stored = await db.Set<OaiSecret>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            db.Set<OaiSecret>().Add(new OaiSecret { Key = RandomNumberGenerator.GetBytes(KeyBytes) });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance made the key first: use that one.
                db.ChangeTracker.Clear();
            }

            stored = await db.Set<OaiSecret>().AsNoTracking().SingleAsync(cancellationToken);
        }

        return _key = stored.Key;
    }
}
