using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Accounts;

/// <summary>Issues, lists, revokes and recognises an account's personal access tokens.</summary>
internal sealed class AccessTokens(IDbContextFactory<ThuVienDb> databases, TimeProvider clock)
{
    public const int MaxNameLength = 100;
    public const int DefaultDays = 90;

    /// <summary>Every token expires; a year at most, so a forgotten token does not work forever.</summary>
    public const int MaxDays = 366;

    /// <summary>"Last used" is written at most this often, so that reading with a token is not a write each time.</summary>
    private static readonly TimeSpan UseGranularity = TimeSpan.FromMinutes(1);

    public async Task<AccountResult<IssuedToken>> IssueAsync(long accountId, string? name, int? days, CancellationToken cancellationToken)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            return AccountResult<IssuedToken>.Refused(AccountRefusal.Invalid, "name", "InvalidName", $"a token needs a name of 1 to {MaxNameLength} characters, saying where it is used");
        }

        if (days is < 1 or > MaxDays)
        {
            return AccountResult<IssuedToken>.Refused(AccountRefusal.Invalid, "expiresInDays", "InvalidExpiry", $"a token lasts 1 to {MaxDays} days");
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return AccountResult<IssuedToken>.Refused(AccountRefusal.NotFound, "account", "NotFound", $"no account {accountId}");
        }

        var secret = TokenSecret.New();
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new AccessToken
        {
            AccountId = accountId,
            Name = name,
            Hash = TokenSecret.Hash(secret),
            Prefix = TokenSecret.PrefixOf(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(days ?? DefaultDays),
        };
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return AccountResult<IssuedToken>.Done(new IssuedToken(token, secret));
    }

    /// <summary>The account's tokens, newest first, revoked and expired ones included (they say so).</summary>
    public async Task<IReadOnlyList<AccessToken>> ListAsync(long accountId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.AccessTokens.AsNoTracking().Where(t => t.AccountId == accountId)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes one of the account's tokens; false when the account has no such token.</summary>
    public async Task<bool> RevokeAsync(long accountId, long tokenId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.AccountId == accountId, cancellationToken);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The active token with this secret, noting that it was used; null for anything else.</summary>
    public async Task<AccessToken?> FindActiveAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(TokenSecret.Marker, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }

        var hash = TokenSecret.Hash(secret);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var token = await db.AccessTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is null || !token.IsActive(now))
        {
            return null;
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt.Value >= UseGranularity)
        {
            var since = now - UseGranularity;
            await db.AccessTokens.Where(t => t.Id == token.Id && (t.LastUsedAt == null || t.LastUsedAt <= since))
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, now), cancellationToken);
            token.LastUsedAt = now;
        }

        return token;
    }
}
