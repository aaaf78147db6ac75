namespace ThuVien.Accounts;

/// <summary>
/// A personal access token: how an API client acts as an account. Only the SHA-256 of the secret is
/// kept (the secret is shown once, when issued) and a short prefix, so a person can tell tokens apart.
/// </summary>
internal sealed class AccessToken
{
    public long Id { get; set; }

    public long AccountId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the secret, lower-case hex.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The secret's first characters, safe to show ("tvp_3fK9aQ2x").</summary>
    public string Prefix { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsActive(DateTime now) => RevokedAt is null && now < ExpiresAt;
}
