namespace ThuVien.Accounts;

/// <summary>
/// The one-time code of the setup link a node prints when it has no account yet; whoever opens the link
/// creates the first administrator. Kept as a hash, good once, replaced at each start while no account exists.
/// </summary>
internal sealed class SetupCode
{
    public int Id { get; set; } = 1;

    public string Hash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }
}
