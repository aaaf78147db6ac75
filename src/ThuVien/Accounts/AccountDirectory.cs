using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Accounts;

/// <summary>Reads accounts with their roles in two queries, for lists (no query per account).</summary>
internal sealed class AccountDirectory(IDbContextFactory<ThuVienDb> databases)
{
    public async Task<(long Total, IReadOnlyList<AccountSummary> Page)> ListAsync(int page, int size, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var total = await db.Accounts.LongCountAsync(cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.NormalizedUserName).ThenBy(a => a.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return (total, await WithRolesAsync(db, accounts, cancellationToken));
    }

    public async Task<AccountSummary?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.Id == id).ToListAsync(cancellationToken);
        return (await WithRolesAsync(db, accounts, cancellationToken)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<AccountSummary>> WithRolesAsync(ThuVienDb db, List<Account> accounts, CancellationToken cancellationToken)
    {
        var ids = accounts.Select(a => a.Id).ToList();
        var memberships = await db.Set<IdentityUserRole<long>>().Where(m => ids.Contains(m.UserId))
            .Join(db.Set<IdentityRole<long>>(), m => m.RoleId, r => r.Id, (m, r) => new { m.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var rolesOf = memberships.ToLookup(m => m.UserId, m => m.Name!);
        return [.. accounts.Select(a => new AccountSummary(a.Id, a.UserName ?? "", a.Email,
            [.. rolesOf[a.Id].OrderBy(r => Roles.All.ToList().IndexOf(r))], a.CreatedAt, a.LockoutEnd))];
    }
}
