using Microsoft.AspNetCore.Identity;

namespace ThuVien.Accounts;

/// <summary>
/// An administrator's changes to an account: its roles, locking and unlocking. Each change renews the
/// account's security stamp, so its sign-in cookies stop working at their next check. The node never
/// loses its last administrator who can sign in.
/// </summary>
internal sealed class ChangeAccount(UserManager<Account> users)
{
    /// <summary>Locked by an administrator: until unlocked (a date Identity compares and both databases store).</summary>
    public static readonly DateTimeOffset Indefinitely = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task<AccountResult<Account>> SetRolesAsync(long id, IReadOnlyList<string> wanted, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (account is null)
        {
            return NotFound(id);
        }

        var roles = new List<string>();
        foreach (var name in wanted)
        {
            if (Roles.Named(name) is not { } role)
            {
                return AccountResult<Account>.Refused(AccountRefusal.Invalid, "roles", "UnknownRole", $"'{name}' is not a role (roles: {string.Join(", ", Roles.All)})");
            }

            roles.Add(role);
        }

        var current = await users.GetRolesAsync(account);
        if (current.Contains(Roles.Admin) && !roles.Contains(Roles.Admin) && await IsLastAdminAsync(account, cancellationToken))
        {
            return LastAdmin();
        }

        var removed = await users.RemoveFromRolesAsync(account, current.Except(roles));
        var added = removed.Succeeded ? await users.AddToRolesAsync(account, roles.Distinct().Except(current)) : removed;
        if (!added.Succeeded)
        {
            return IdentityErrors.Refusal<Account>(added);
        }

        await users.UpdateSecurityStampAsync(account);
        return AccountResult<Account>.Done(account);
    }

    public async Task<AccountResult<Account>> LockAsync(long id, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (account is null)
        {
            return NotFound(id);
        }

        if (await users.IsInRoleAsync(account, Roles.Admin) && await IsLastAdminAsync(account, cancellationToken))
        {
            return LastAdmin();
        }

        await users.SetLockoutEnabledAsync(account, true);
        await users.SetLockoutEndDateAsync(account, Indefinitely);
        await users.UpdateSecurityStampAsync(account);
        return AccountResult<Account>.Done(account);
    }

    public async Task<AccountResult<Account>> UnlockAsync(long id)
    {
        var account = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (account is null)
        {
            return NotFound(id);
        }

        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        return AccountResult<Account>.Done(account);
    }

    /// <summary>True when no other administrator could sign in without this one.</summary>
    private async Task<bool> IsLastAdminAsync(Account account, CancellationToken cancellationToken)
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var other in admins.Where(a => a.Id != account.Id))
        {
            if (!await users.IsLockedOutAsync(other))
            {
                return false;
            }
        }

        return true;
    }

    private static AccountResult<Account> NotFound(long id) => AccountResult<Account>.Refused(AccountRefusal.NotFound, "id", "NotFound", $"no account {id}");

    private static AccountResult<Account> LastAdmin() =>
        AccountResult<Account>.Refused(AccountRefusal.LastAdmin, "account", "LastAdmin", "this is the node's last administrator who can sign in: make another one first");
}
