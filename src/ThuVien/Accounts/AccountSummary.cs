namespace ThuVien.Accounts;

/// <summary>An account as administrators see it: who, which roles, whether it can sign in.</summary>
internal sealed record AccountSummary(long Id, string UserName, string? Email, IReadOnlyList<string> Roles, DateTime CreatedAt, DateTimeOffset? LockoutEnd)
{
    public bool IsLockedAt(DateTimeOffset now) => LockoutEnd is { } end && end > now;

    /// <summary>Locked by an administrator rather than by failed passwords.</summary>
    public bool LockedUntilUnlocked => LockoutEnd is { } end && end >= ChangeAccount.Indefinitely;
}
