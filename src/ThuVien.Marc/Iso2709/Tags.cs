namespace ThuVien.Marc.Iso2709;

/// <summary>Shares the string of every numeric tag so a million records do not allocate a million "245"s.</summary>
internal static class Tags
{
    private static readonly string[] Numeric = Enumerable.Range(0, 1000).Select(i => i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public static string FromBytes(ReadOnlySpan<byte> tag)
    {
        if (tag.Length == 3 && IsDigit(tag[0]) && IsDigit(tag[1]) && IsDigit(tag[2]))
        {
            return Numeric[((tag[0] - '0') * 100) + ((tag[1] - '0') * 10) + (tag[2] - '0')];
        }

        return string.Create(tag.Length, tag.ToArray(), static (span, bytes) =>
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                span[i] = bytes[i] is >= 0x20 and < 0x7F ? (char)bytes[i] : '?';
            }
        });
    }

    public static bool IsValid(string tag) =>
        tag.Length == 3 && tag.All(c => c is (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z'));

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
}
