namespace ThuVien.Marc.Tests.Text;

/// <summary>Writes MARC-8 test input by hand: strings are ASCII, numbers are single bytes.</summary>
internal static class Marc8Bytes
{
    public const byte Esc = 0x1B;

    public static byte[] Of(params object[] parts)
    {
        var bytes = new List<byte>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case string ascii:
                    bytes.AddRange(System.Text.Encoding.ASCII.GetBytes(ascii));
                    break;
                case int value:
                    bytes.Add(checked((byte)value));
                    break;
                case byte value:
                    bytes.Add(value);
                    break;
                default:
                    throw new ArgumentException($"unexpected part {part}", nameof(parts));
            }
        }

        return [.. bytes];
    }
}
