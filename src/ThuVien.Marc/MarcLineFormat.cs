using System.Text;

namespace ThuVien.Marc;

/// <summary>
/// The readable line format of yaz-marcdump: the leader, then one line per field,
/// "245 10 $a Truyện Kiều / $c Nguyễn Du." for data fields and "001 value" for control fields.
/// </summary>
public static class MarcLineFormat
{
    /// <summary>Formats a record, one line per field, each line ended by '\n'.</summary>
    public static string Format(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = new StringBuilder(1024);
        Append(record, text);
        return text.ToString();
    }

    /// <summary>Appends a record in line format to a builder.</summary>
    public static void Append(MarcRecord record, StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(text);
        text.Append(record.Leader.Value).Append('\n');
        foreach (var field in record.Fields)
        {
            text.Append(field.Tag);
            switch (field)
            {
                case ControlField control:
                    text.Append(' ').Append(control.Value);
                    break;
                case DataField data:
                    text.Append(' ').Append(data.Indicators);
                    foreach (var subfield in data.Subfields)
                    {
                        text.Append(" $").Append(subfield.Code).Append(' ').Append(subfield.Value);
                    }

                    break;
            }

            text.Append('\n');
        }
    }
}
