using System.Text.Json;
using ThuVien.Accounts;
using ThuVien.Audit;

namespace ThuVien.Web.Accounts;

/// <summary>An access token as its owner sees it: never the secret.</summary>
internal sealed record TokenView(long Id, string Name, string Prefix, DateTime CreatedAt, DateTime ExpiresAt, DateTime? LastUsedAt, DateTime? RevokedAt, bool Active)
{
    public static TokenView From(AccessToken t, DateTime now) => new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt, t.IsActive(now));
}

/// <summary>A token just issued: the one answer that carries its secret.</summary>
internal sealed record IssuedTokenView(long Id, string Name, string Prefix, string Secret, DateTime CreatedAt, DateTime ExpiresAt)
{
    public static IssuedTokenView From(IssuedToken issued) =>
        new(issued.Token.Id, issued.Token.Name, issued.Token.Prefix, issued.Secret, issued.Token.CreatedAt, issued.Token.ExpiresAt);
}

/// <summary>An account as the API shows it; lockedUntil is null when not locked or locked until unlocked.</summary>
internal sealed record AccountView(long Id, string UserName, string? Email, IReadOnlyList<string> Roles, DateTime CreatedAt, bool Locked, DateTimeOffset? LockedUntil)
{
    public static AccountView From(AccountSummary a, DateTimeOffset now) => new(a.Id, a.UserName, a.Email, a.Roles, a.CreatedAt,
        a.IsLockedAt(now), a.IsLockedAt(now) && !a.LockedUntilUnlocked ? a.LockoutEnd : null);
}

/// <summary>The signed-in caller: who, with which roles, and how they authenticated.</summary>
internal sealed record CallerView(long Id, string UserName, string? Email, IReadOnlyList<string> Roles, string AuthenticatedWith);

/// <summary>An audit entry as the API shows it: before and after as JSON, not as strings.</summary>
internal sealed record AuditEntryView(long Id, DateTime At, long? AccountId, string AccountName, string Action, string EntityType, long EntityId,
    JsonElement? Before, JsonElement? After)
{
    public static AuditEntryView From(AuditEntry e) =>
        new(e.Id, e.At, e.AccountId, e.AccountName, e.Action, e.EntityType, e.EntityId, Parse(e.Before), Parse(e.After));

    private static JsonElement? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
