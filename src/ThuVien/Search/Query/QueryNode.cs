using System.Text;

namespace ThuVien.Search.Query;

/// <summary>
/// A node of the tree of a search box query. <see cref="ToString"/> prints the canonical query,
/// which parses back to an equal tree; logs and tests rely on that.
/// </summary>
internal abstract record QueryNode
{
    public sealed override string ToString()
    {
        var text = new StringBuilder();
        Write(text);
        return text.ToString();
    }

    internal abstract void Write(StringBuilder text);

    /// <summary>Writes an operand of AND or NOT: a leaf as it is, an AND or OR in parentheses.</summary>
    private protected static void WriteOperand(StringBuilder text, QueryNode node)
    {
        if (node is And or Or)
        {
            text.Append('(');
            node.Write(text);
            text.Append(')');
        }
        else
        {
            node.Write(text);
        }
    }
}
