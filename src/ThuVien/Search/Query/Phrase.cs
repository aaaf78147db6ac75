using System.Text;

namespace ThuVien.Search.Query;

/// <summary>Words in quotes, searched together in this order; the text is as typed, trimmed, with single spaces.</summary>
internal sealed record Phrase(SearchField Field, string Text) : QueryNode
{
    internal override void Write(StringBuilder text)
    {
        if (Field != SearchField.Any)
        {
            text.Append(FieldNames.Name(Field)).Append(':');
        }

        text.Append('"').Append(Text).Append('"');
    }
}
