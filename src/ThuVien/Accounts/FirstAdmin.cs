using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Accounts;

/// <summary>
/// How a new node gets its first administrator from the browser: while the node has no account, each
/// start issues a setup code (printed as a link, stored as a hash, good once for a day); whoever opens
/// the link creates the administrator. `thuvien admin create` is the other way.
/// </summary>
internal sealed class FirstAdmin(ThuVienDb db, CreateAccount create, TimeProvider clock)
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromDays(1);

    /// <summary>A new setup code, replacing any earlier one; null when the node already has accounts.</summary>
    public async Task<string?> IssueCodeAsync(CancellationToken cancellationToken)
    {
        if (await db.Accounts.AnyAsync(cancellationToken))
        {
            return null;
        }

        var code = TokenSecret.NewCode();
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.SetupCodes.SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            row = new SetupCode();
            db.SetupCodes.Add(row);
        }

        row.Hash = TokenSecret.Hash(code);
        row.CreatedAt = now;
        row.ExpiresAt = now + CodeLifetime;
        row.UsedAt = null;
        await db.SaveChangesAsync(cancellationToken);
        return code;
    }

    /// <summary>True when the code would create the first administrator now.</summary>
    public async Task<bool> IsOpenAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 100 || await db.Accounts.AnyAsync(cancellationToken))
        {
            return false;
        }

        var hash = TokenSecret.Hash(code);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.SetupCodes.AnyAsync(c => c.Hash == hash && c.UsedAt == null && c.ExpiresAt > now, cancellationToken);
    }

    /// <summary>
    /// Uses the code and creates the administrator in one transaction: a refused password leaves the code
    /// good for another try, and of two people racing with the same link only one gets an account.
    /// </summary>
    public async Task<AccountResult<Account>> CreateAsync(string? code, NewAccount request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 100)
        {
            return Closed();
        }

        var hash = TokenSecret.Hash(code);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var used = await db.SetupCodes.Where(c => c.Hash == hash && c.UsedAt == null && c.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.UsedAt, now), cancellationToken);
        if (used != 1 || await db.Accounts.AnyAsync(cancellationToken))
        {
            return Closed();
        }

        var result = await create.RunAsync(request with { Roles = [Roles.Admin] }, cancellationToken);
        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    private static AccountResult<Account> Closed() =>
        AccountResult<Account>.Refused(AccountRefusal.SetupClosed, "code", "SetupClosed", "this setup link is not valid: it was used, it expired, or the node already has accounts");
}
