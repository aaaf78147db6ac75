using System.Buffers;
using System.Text;

namespace ThuVien.Marc.Text;

/// <summary>
/// Legacy Vietnamese 8-bit encodings used by older Vietnamese library systems: TCVN3 (TCVN 5712:1993,
/// the "ABC" encoding of the .VnTime fonts) and VNI-Windows. Decodes them to Unicode NFC and recognizes
/// them in records whose leader claims MARC-8.
/// </summary>
public static class VietnameseLegacy
{
    private const int StackLimit = 512;

    /// <summary>
    /// Guesses whether bytes (a record's data part, or any text) are TCVN3 or VNI, with a confidence in
    /// [0, 1], by how well they decode to Vietnamese syllables. When neither fits (confidence below 0.5:
    /// plain ASCII, UTF-8, MARC-8, Western European Latin-1, anything else) the encoding is
    /// <see cref="MarcEncoding.Auto"/> and the confidence says how little the best guess fits. Never throws.
    /// </summary>
    public static VietnameseLegacyDetection Detect(ReadOnlySpan<byte> bytes) => VietnameseLegacyDetector.Detect(bytes);

    /// <summary>
    /// Decodes TCVN3 or VNI bytes to Unicode NFC; ASCII stays ASCII and no byte makes it throw.
    /// TCVN3 capitals typed with the all-capital .VnTimeH font come out lowercase, as their bytes say.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="encoding"/> is neither <see cref="MarcEncoding.Tcvn3"/> nor <see cref="MarcEncoding.Vni"/>.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, MarcEncoding encoding)
    {
        if (encoding is not (MarcEncoding.Tcvn3 or MarcEncoding.Vni))
        {
            throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "only TCVN3 and VNI are legacy Vietnamese encodings");
        }

        if (!bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF))
        {
            return Encoding.ASCII.GetString(bytes);
        }

        var size = VietnameseLegacyDecoder.MaxCharCount(bytes.Length);
        char[]? rented = null;
        var buffer = size <= StackLimit ? stackalloc char[size] : (rented = ArrayPool<char>.Shared.Rent(size));
        try
        {
            var length = VietnameseLegacyDecoder.Decode(bytes, encoding == MarcEncoding.Vni, buffer, out var looseMarks);
            var text = new string(buffer[..length]);
            return looseMarks ? text.Normalize(NormalizationForm.FormC) : text;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
