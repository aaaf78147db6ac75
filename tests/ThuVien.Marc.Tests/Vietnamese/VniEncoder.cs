using System.Text;

namespace ThuVien.Marc.Tests.Vietnamese;

/// <summary>
/// Test-side VNI-Windows encoder, typed from the VNI chart independently of the decoder's table. Bytes are
/// shown as a Western font shows them ("Vieät Nam"): a vowel is its ASCII letter plus one modifier byte
/// for shape and tone, except the single-byte letters ì í ỉ ĩ ị ỵ ơ ư đ. Capitals use the capital modifiers
/// (the lowercase modifier minus 0x20).
/// </summary>
internal static class VniEncoder
{
    // Modifiers for (shape, tone): rows none / circumflex / breve, columns none, grave, hook, tilde, acute, dot below.
    private static readonly string[] Modifiers =
    [
        "\0øûõùï",
        "âàåãáä",
        "êèúüéë",
    ];

    private const string Tones = "\u0300\u0309\u0303\u0301\u0323";

    public static byte[] Encode(string text)
    {
        var bytes = new List<byte>(text.Length * 2);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (c < 0x80)
            {
                bytes.Add((byte)c);
                continue;
            }

            var parts = c.ToString().Normalize(NormalizationForm.FormD);
            var letter = parts[0];
            var upper = char.IsUpper(letter);
            var shape = parts.Contains('\u0302', StringComparison.Ordinal) ? 1 : parts.Contains('\u0306', StringComparison.Ordinal) ? 2 : 0;
            var horn = parts.Contains('\u031B', StringComparison.Ordinal);
            var tone = 0;
            foreach (var mark in parts)
            {
                var at = Tones.IndexOf(mark, StringComparison.Ordinal);
                if (at >= 0)
                {
                    tone = at + 1;
                }
            }

            var lower = char.ToLowerInvariant(letter);
            if (c is 'đ' or 'Đ')
            {
                bytes.Add(c == 'đ' ? (byte)0xF1 : (byte)0xD1);
            }
            else if (lower == 'i' && tone > 0)
            {
                // ì í ỉ ĩ ị are single bytes.
                var single = tone switch { 1 => 0xEC, 2 => 0xE6, 3 => 0xF3, 4 => 0xED, _ => 0xF2 };
                bytes.Add((byte)(upper ? single - 0x20 : single));
            }
            else if (lower == 'y' && tone == 5)
            {
                bytes.Add(upper ? (byte)0xCE : (byte)0xEE);
            }
            else if (horn && lower is 'o' or 'u')
            {
                // ơ and ư are single bytes and take their tone from a modifier.
                var single = lower == 'o' ? 0xF4 : 0xF6;
                bytes.Add((byte)(upper ? single - 0x20 : single));
                AddModifier(bytes, 0, tone, upper);
            }
            else if (lower is 'a' or 'e' or 'o' or 'u' or 'y' && parts.Length > 1)
            {
                bytes.Add((byte)letter);
                AddModifier(bytes, shape, tone, upper);
            }
            else
            {
                throw new ArgumentException($"VNI has no code for '{c}' (U+{(int)c:X4})", nameof(text));
            }
        }

        return [.. bytes];
    }

    private static void AddModifier(List<byte> bytes, int shape, int tone, bool upper)
    {
        var modifier = Modifiers[shape][tone];
        if (modifier != '\0')
        {
            bytes.Add((byte)(upper ? modifier - 0x20 : modifier));
        }
    }
}
