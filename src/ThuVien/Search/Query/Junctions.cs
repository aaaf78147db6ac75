namespace ThuVien.Search.Query;

/// <summary>
/// Builds AND and OR nodes in the one shape the tree has, so equal queries give equal trees:
/// no single-child AND or OR, no AND directly in an AND nor OR in an OR, and an AND of
/// exclusions only starts with <see cref="MatchAll"/>.
/// </summary>
internal static class Junctions
{
    public static QueryNode? AllOf(List<Clause> clauses)
    {
        var nodes = new List<QueryNode>(clauses.Count);
        var positive = false;
        var everything = false;
        foreach (var clause in clauses)
        {
            switch (clause.Node)
            {
                case null:
                    break;
                case var node when clause.Excluded:
                    nodes.Add(new Not(node));
                    break;
                case MatchAll:
                    everything = true;
                    break;
                case And inner:
                    foreach (var child in inner.Clauses)
                    {
                        if (child is MatchAll)
                        {
                            continue;
                        }

                        positive |= child is not Not;
                        nodes.Add(child);
                    }

                    break;
                case var node:
                    positive = true;
                    nodes.Add(node);
                    break;
            }
        }

        if (nodes.Count == 0)
        {
            return everything ? MatchAll.Instance : null;
        }

        if (!positive)
        {
            nodes.Insert(0, MatchAll.Instance);
        }

        return nodes.Count == 1 ? nodes[0] : new And(nodes.ToArray());
    }

    public static QueryNode? AnyOf(List<QueryNode?> alternatives)
    {
        var nodes = new List<QueryNode>(alternatives.Count);
        foreach (var alternative in alternatives)
        {
            if (alternative is Or inner)
            {
                nodes.AddRange(inner.Clauses);
            }
            else if (alternative is not null)
            {
                nodes.Add(alternative);
            }
        }

        return nodes.Count switch
        {
            0 => null,
            1 => nodes[0],
            _ => new Or(nodes.ToArray()),
        };
    }
}
