using System.Globalization;
using System.Text;

namespace ThuVien.Marc.Tests.Vietnamese;

/// <summary>
/// Test-side ISO 2709 writer for 8-bit encodings (the production writer writes UTF-8 only): the same
/// leader, directory and separators, with each value encoded by the given function.
/// </summary>
internal static class EightBitIso2709
{
    public static byte[] Write(MarcRecord record, Func<string, byte[]> encode, char leader09 = ' ')
    {
        var data = new List<byte>();
        var directory = new StringBuilder();
        foreach (var field in record.Fields)
        {
            var start = data.Count;
            switch (field)
            {
                case ControlField control:
                    data.AddRange(encode(control.Value));
                    break;
                case DataField dataField:
                    data.AddRange(Encoding.ASCII.GetBytes(dataField.Indicators));
                    foreach (var subfield in dataField.Subfields)
                    {
                        data.Add(0x1F);
                        data.Add((byte)subfield.Code);
                        data.AddRange(encode(subfield.Value));
                    }

                    break;
            }

            data.Add(0x1E);
            directory.Append(field.Tag)
                .Append((data.Count - start).ToString("D4", CultureInfo.InvariantCulture))
                .Append(start.ToString("D5", CultureInfo.InvariantCulture));
        }

        directory.Append('\x1E');
        var baseAddress = 24 + directory.Length;
        var total = baseAddress + data.Count + 1;
        var leader = record.Leader
            .With(0, total.ToString("D5", CultureInfo.InvariantCulture))
            .With(9, leader09)
            .With(12, baseAddress.ToString("D5", CultureInfo.InvariantCulture));
        return [.. Encoding.ASCII.GetBytes(leader.Value + directory), .. data, 0x1D];
    }
}
