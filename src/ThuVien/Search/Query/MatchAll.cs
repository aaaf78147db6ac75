using System.Text;

namespace ThuVien.Search.Query;

/// <summary>Every record: an empty query, a lone *, and the base a purely negative query subtracts from.</summary>
internal sealed record MatchAll : QueryNode
{
    public static MatchAll Instance { get; } = new();

    internal override void Write(StringBuilder text) => text.Append('*');
}
