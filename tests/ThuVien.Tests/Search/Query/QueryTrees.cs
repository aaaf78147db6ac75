using ThuVien.Search.Query;

namespace ThuVien.Tests.Search.Query;

/// <summary>Short builders for expected trees, and the shape rules every parsed tree keeps.</summary>
internal static class QueryTrees
{
    public static Word W(string text, SearchField field = SearchField.Any) => new(field, text, false);

    public static Word Prefix(string text, SearchField field = SearchField.Any) => new(field, text, true);

    public static And All(params QueryNode[] clauses) => new(clauses);

    public static Or Any(params QueryNode[] clauses) => new(clauses);

    /// <summary>The clauses a reader typed; the MatchAll that anchors an AND of exclusions is not one of them.</summary>
    public static int Leaves(QueryNode node) => node switch
    {
        And and => Sum(and.Clauses, skipAnchor: true),
        Or or => Sum(or.Clauses, skipAnchor: false),
        Not not => Leaves(not.Clause),
        _ => 1,
    };

    /// <summary>Why the tree is not in its one canonical shape, or null when it is.</summary>
    public static string? ShapeProblem(QueryNode node, QueryNode? parent = null)
    {
        switch (node)
        {
            case Not not:
                return parent is And ? ShapeProblem(not.Clause, not) : $"NOT outside an AND: {node}";
            case And and:
                if (and.Clauses.Count < 2 || parent is And)
                {
                    return $"an AND of {and.Clauses.Count} or inside an AND: {node}";
                }

                var positives = 0;
                for (var i = 0; i < and.Clauses.Count; i++)
                {
                    var clause = and.Clauses[i];
                    if (clause is MatchAll && i > 0)
                    {
                        return $"MatchAll not first in an AND: {node}";
                    }

                    if (clause is not (Not or MatchAll))
                    {
                        positives++;
                    }

                    if (ShapeProblem(clause, and) is { } problem)
                    {
                        return problem;
                    }
                }

                return (and.Clauses[0] is MatchAll) == (positives == 0) ? null : $"MatchAll anchor wrong: {node}";
            case Or or:
                if (or.Clauses.Count < 2 || parent is Or)
                {
                    return $"an OR of {or.Clauses.Count} or inside an OR: {node}";
                }

                foreach (var clause in or.Clauses)
                {
                    if (ShapeProblem(clause, or) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static int Sum(IReadOnlyList<QueryNode> clauses, bool skipAnchor)
    {
        var total = 0;
        for (var i = 0; i < clauses.Count; i++)
        {
            if (!(skipAnchor && i == 0 && clauses[i] is MatchAll))
            {
                total += Leaves(clauses[i]);
            }
        }

        return total;
    }
}
