using System.Text;

namespace ThuVien.Search.Query;

/// <summary>
/// Records matching every clause. Excluded clauses are <see cref="Not"/> children; when all are
/// excluded the first child is <see cref="MatchAll"/>, the set they are subtracted from.
/// </summary>
internal sealed record And(IReadOnlyList<QueryNode> Clauses) : QueryNode
{
    public bool Equals(And? other) => other is not null && NodeSequence.Equal(Clauses, other.Clauses);

    public override int GetHashCode() => NodeSequence.Hash(Clauses);

    internal override void Write(StringBuilder text)
    {
        var written = false;
        for (var i = 0; i < Clauses.Count; i++)
        {
            var clause = Clauses[i];

            // "NOT x" alone reads back as the anchored form, so the anchor is not written.
            if (i == 0 && clause is MatchAll && Clauses.Count > 1)
            {
                continue;
            }

            if (written)
            {
                text.Append(" AND ");
            }

            if (clause is Not not)
            {
                not.Write(text);
            }
            else
            {
                WriteOperand(text, clause);
            }

            written = true;
        }

        if (!written)
        {
            text.Append('*');
        }
    }
}
