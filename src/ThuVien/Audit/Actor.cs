namespace ThuVien.Audit;

/// <summary>Who is acting: an account (its id and, as it was then, its name), or the node itself.</summary>
internal sealed record Actor(long? AccountId, string Name)
{
    /// <summary>The node's own work: the demo catalogue, imports from the shell.</summary>
    public static Actor Node { get; } = new(null, "node");
}
