namespace ThuVien.Search.Query;

/// <summary>Value equality for the clause lists of <see cref="And"/> and <see cref="Or"/>, so whole trees compare by value.</summary>
internal static class NodeSequence
{
    public static bool Equal(IReadOnlyList<QueryNode> left, IReadOnlyList<QueryNode> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash(IReadOnlyList<QueryNode> nodes)
    {
        var hash = new HashCode();
        hash.Add(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            hash.Add(nodes[i]);
        }

        return hash.ToHashCode();
    }
}
