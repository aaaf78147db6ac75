namespace ThuVien.Marc.Text;

/// <summary>
/// Legacy Vietnamese 8-bit encodings (TCVN3/ABC and VNI) used by older Vietnamese library systems.
/// Placeholder until the conversion tables land.
/// </summary>
public static class VietnameseLegacy
{
    /// <summary>Guesses whether bytes are TCVN3 or VNI text, with a confidence.</summary>
    public static VietnameseLegacyDetection Detect(ReadOnlySpan<byte> bytes) => new(MarcEncoding.Auto, 0);

    /// <summary>Decodes TCVN3 or VNI bytes to Unicode NFC.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, MarcEncoding encoding) =>
        System.Text.Encoding.Latin1.GetString(bytes);
}
