using System.Text;

namespace ThuVien.Search.Query;

/// <summary>Records matching at least one clause.</summary>
internal sealed record Or(IReadOnlyList<QueryNode> Clauses) : QueryNode
{
    public bool Equals(Or? other) => other is not null && NodeSequence.Equal(Clauses, other.Clauses);

    public override int GetHashCode() => NodeSequence.Hash(Clauses);

    internal override void Write(StringBuilder text)
    {
        for (var i = 0; i < Clauses.Count; i++)
        {
            if (i > 0)
            {
                text.Append(" OR ");
            }

            // AND binds tighter than OR, so an AND needs no parentheses here: adding them would
            // make the printed query nest deeper than the typed one.
            var clause = Clauses[i];
            if (clause is Or)
            {
                text.Append('(');
                clause.Write(text);
                text.Append(')');
            }
            else
            {
                clause.Write(text);
            }
        }

        if (Clauses.Count == 0)
        {
            text.Append('*');
        }
    }
}
