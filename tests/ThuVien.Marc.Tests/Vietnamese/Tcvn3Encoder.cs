using System.Globalization;
using System.Text;

namespace ThuVien.Marc.Tests.Vietnamese;

/// <summary>
/// Test-side TCVN3 encoder, typed from the TCVN 5712:1993 chart independently of the decoder's table.
/// The bytes are shown as a Western (Latin-1) font shows them, the way TCVN3 text looks when the .VnTime
/// font is missing ("TruyÖn KiÒu"). Toned capitals that have no byte in 0x80-0xFF (Ú Ụ Ừ Ử Ữ Ứ Ự Ỳ Ỷ Ỹ Ý Ỵ)
/// are written as the capital plus a VN2 combining tone byte (B0-B4).
/// </summary>
internal static class Tcvn3Encoder
{
    private const string Letters =
        "àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵđ" +
        "ÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬÈẺẼÉẸÊỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢÙỦŨƯĐ";

    // "\u00AD" is ư (0xAD, a soft hyphen in Latin-1); \u0080-\u009F are VN1 capitals.
    private const string Bytes =
        "µ¶·¸¹¨»¼½¾Æ©ÇÈÉÊËÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßáâãä«åæçèé¬êëìíîïñòóô\u00ADõö÷øùúûüýþ®" +
        "\u0080\u0081\u0082\u0083\u0084¡¯º¿À\u0085¢ÁÂÃÄ\u0086\u0087\u0088\u0089\u008A\u008B£ÅÍÙÚ\u008C" +
        "\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096¤Ûàðÿ\u0097¥\u0098\u0099\u009A\u009B\u009C" +
        "\u009D\u009E\u009F¦§";

    public static byte[] Encode(string text)
    {
        var bytes = new List<byte>(text.Length + 8);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var at = Letters.IndexOf(c, StringComparison.Ordinal);
            if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else if (at >= 0)
            {
                bytes.Add((byte)Bytes[at]);
            }
            else
            {
                // Capital + combining tone: U+0300 → B0, U+0309 → B1, U+0303 → B2, U+0301 → B3, U+0323 → B4.
                var parts = c.ToString().Normalize(NormalizationForm.FormD);
                var tone = parts[^1];
                var capital = parts[..^1].Normalize(NormalizationForm.FormC);
                var capitalAt = Letters.IndexOf(capital, StringComparison.Ordinal);
                if (capital.Length != 1 || (capital[0] >= 0x80 && capitalAt < 0))
                {
                    throw new ArgumentException($"TCVN3 has no code for '{c}' (U+{(int)c:X4})", nameof(text));
                }

                bytes.Add(capital[0] < 0x80 ? (byte)capital[0] : (byte)Bytes[capitalAt]);
                bytes.Add(tone switch
                {
                    '\u0300' => 0xB0,
                    '\u0309' => 0xB1,
                    '\u0303' => 0xB2,
                    '\u0301' => 0xB3,
                    '\u0323' => 0xB4,
                    _ => throw new ArgumentException($"TCVN3 has no code for '{c}'", nameof(text)),
                });
            }
        }

        return [.. bytes];
    }

    /// <summary>The bytes as a Latin-1 string, for readable assertions.</summary>
    public static string Show(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    public static string Hex(byte[] bytes) => string.Join(' ', bytes.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
}
