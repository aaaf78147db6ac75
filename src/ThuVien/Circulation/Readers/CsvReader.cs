using System.Text;

namespace ThuVien.Circulation.Readers;

/// <summary>
/// RFC 4180 CSV: fields in double quotes may hold commas, line breaks and doubled quotes. UTF-8 with or without a byte
/// order mark. The delimiter is a comma, or a semicolon when the header has semicolons and no comma (spreadsheets set
/// to a Vietnamese locale save so). A malformed record is yielded with its problem; reading goes on at the next line.
/// </summary>
internal static class CsvReader
{
    public static async IAsyncEnumerable<CsvRow> ReadAsync(Stream stream, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var delimiter = ',';
        var row = 0;
        while (await ReadRecordAsync(reader, delimiter, cancellationToken) is { } record)
        {
            row++;
            if (row == 1 && record.Fields.Count == 1 && record.Fields[0].Contains(';', StringComparison.Ordinal))
            {
                delimiter = ';';
                record = Split(record.Fields[0], delimiter);
            }
            yield return record.Problem is null ? new CsvRow(row, record.Fields) : new CsvRow(row, record.Fields, record.Problem);
        }
    }

    private static (List<string> Fields, string? Problem) Split(string line, char delimiter) =>
        ([.. line.Split(delimiter)], null);

    private static async Task<(List<string> Fields, string? Problem)?> ReadRecordAsync(StreamReader reader, char delimiter, CancellationToken cancellationToken)
    {
        var line = await reader.ReadLineAsync(cancellationToken);
        while (line is { Length: 0 })
        {
            line = await reader.ReadLineAsync(cancellationToken);
        }
        if (line is null)
        {
            return null;
        }
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        var next = await reader.ReadLineAsync(cancellationToken);
                        if (next is null)
                        {
                            fields.Add(field.ToString());
                            return (fields, "a quoted field is not closed before the end of the file");
                        }
                        field.Append('\n');
                        line = next;
                        i = 0;
                        continue;
                    }
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Append(line[i++]);
                }
                if (i < line.Length && line[i] != delimiter)
                {
                    fields.Add(field.ToString());
                    return (fields, $"text after the closing quote of field {fields.Count}");
                }
            }
            else
            {
                while (i < line.Length && line[i] != delimiter)
                {
                    field.Append(line[i++]);
                }
            }
            fields.Add(field.ToString());
            field.Clear();
            if (i >= line.Length)
            {
                return (fields, null);
            }
            i++;
        }
    }
}
