using System.Text;

namespace ThuVien.Marc.Mapping;

/// <summary>The display text of a 5XX note field.</summary>
internal static class NoteText
{
    public static string? Of(int tag, DataField field) =>
        tag == 502 && field['a'] is null ? Dissertation(field) : SubfieldText.JoinLetters(field, string.Empty);

    /// <summary>
    /// A structured dissertation note (502 $b degree, $c institution, $d year, $g other, $o identifier),
    /// in the order ISBD displays it: "Luận án Tiến sĩ--Viện Văn học, 2015".
    /// </summary>
    private static string? Dissertation(DataField field)
    {
        var text = new StringBuilder();
        Append(text, field, 'g', string.Empty);
        Append(text, field, 'b', " ");
        Append(text, field, 'c', "--");
        Append(text, field, 'd', ", ");
        Append(text, field, 'o', ". ");
        return text.Length == 0 ? null : SubfieldText.Clean(text.ToString());
    }

    private static void Append(StringBuilder text, DataField field, char code, string separator)
    {
        foreach (var value in field.Values(code))
        {
            if (SubfieldText.Clean(value) is { } part)
            {
                text.Append(text.Length == 0 ? string.Empty : separator).Append(part);
            }
        }
    }
}
