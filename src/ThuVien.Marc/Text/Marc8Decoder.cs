namespace ThuVien.Marc.Text;

/// <summary>
/// MARC-8 to Unicode (NFC). Placeholder until the code tables land: decodes ASCII only.
/// </summary>
internal static class Marc8Decoder
{
    /// <summary>Decodes one subfield or control-field value; problems are appended to <paramref name="problems"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, List<string>? problems)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80 || b == 0x1B)
            {
                problems?.Add("MARC-8 decoding is not available yet");
                break;
            }
        }

        return System.Text.Encoding.Latin1.GetString(bytes);
    }
}
