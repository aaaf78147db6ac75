namespace ThuVien.Catalog;

/// <summary>Who this node is in the network (one row).</summary>
internal sealed class NodeIdentity
{
    public int Id { get; set; } = 1;

    /// <summary>ISIL-style library code, e.g. VN-HaNL.</summary>
    public string LibraryCode { get; set; } = "VN-ThuVien";

    public string Name { get; set; } = "Thư viện ThuVien";

    public string BaseUrl { get; set; } = "http://localhost:5000";

    public NodeRole Role { get; set; } = NodeRole.Member;
}

/// <summary>A node's place in the network.</summary>
internal enum NodeRole
{
    Member = 1,
    Hub = 2,
    MemberAndHub = 3,
}
