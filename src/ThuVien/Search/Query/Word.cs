using System.Text;

namespace ThuVien.Search.Query;

/// <summary>One word in a field; <paramref name="Prefix"/> when it was typed with a trailing * (the * is not in the text).</summary>
internal sealed record Word(SearchField Field, string Text, bool Prefix) : QueryNode
{
    internal override void Write(StringBuilder text)
    {
        if (Field != SearchField.Any || !ReadsBackAsAnyWord(Text))
        {
            text.Append(FieldNames.Name(Field)).Append(':');
        }

        text.Append(Text);
        if (Prefix)
        {
            text.Append('*');
        }
    }

    /// <summary>
    /// Whether the text typed alone parses back as a word of any field; otherwise it is written
    /// after "any:", where the whole value is one word.
    /// </summary>
    private bool ReadsBackAsAnyWord(string value)
    {
        if (value.Length == 0 || value[0] is '-' or '+' or '!' || value.Contains(':', StringComparison.Ordinal) || QueryLexer.IsOperator(value))
        {
            return false;
        }

        return Prefix || !(StandardNumberShape.IsIsbn(value) || StandardNumberShape.IsIssn(value));
    }
}
