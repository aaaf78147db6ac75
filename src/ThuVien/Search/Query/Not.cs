using System.Text;

namespace ThuVien.Search.Query;

/// <summary>Excludes the records of a clause; it appears only inside an <see cref="And"/>.</summary>
internal sealed record Not(QueryNode Clause) : QueryNode
{
    internal override void Write(StringBuilder text)
    {
        text.Append("NOT ");
        WriteOperand(text, Clause);
    }
}
