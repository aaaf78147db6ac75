namespace ThuVien.Marc.Text;

/// <summary>
/// The VNI-Windows encoding (VNI-Times and the other VNI fonts, VNI Software, Hồ Chí Minh City), bytes
/// 0x80-0xFF; 0x00-0x7F are ASCII.
/// </summary>
/// <remarks>
/// <para>
/// VNI writes most toned vowels as an ASCII base letter followed by a modifier byte that the font draws as
/// the marks only: "ấ" is "a" + 0xE1, "Việt" is "Vie" + 0xE4 + "t" ("Vieät" in a Western font). One
/// modifier byte can carry a shape and a tone at once. Modifiers in 0xC0-0xDF are shaped to sit on
/// capitals and mirror 0xE0-0xFF; both mean the same marks.
/// </para>
/// <para>
/// Eighteen letters are single bytes: ì í ỉ ĩ ị ỵ ơ ư đ and their capitals; ơ and ư take their tone from a
/// following modifier ("ườ" is 0xF6 0xF4 0xF8). The other bytes keep their Windows-1252 meaning, which the
/// VNI fonts draw unchanged (quotes, dashes, ©, …).
/// </para>
/// </remarks>
internal static class VniTable
{
    /// <summary>The character of each byte 0x80-0xFF read on its own (modifier bytes show their Windows-1252 character).</summary>
    public static ReadOnlySpan<char> High =>
        "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F" + // 80, Windows-1252
        "\u0090‘’“”•–—˜™š›œ\u009DžŸ" + // 90, Windows-1252
        "\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯" + // A0, Windows-1252
        "°±²³´µ¶·¸¹º»¼½¾¿" + // B0, Windows-1252
        "ÀÁÂÃÄÅỈÇÈÉÊËÌÍỴÏ" + // C0; C6 Ỉ, CC Ì, CD Í, CE Ỵ
        "ÐĐỊĨƠÕƯ×ØÙÚÛÜÝÞß" + // D0; D1 Đ, D2 Ị, D3 Ĩ, D4 Ơ, D6 Ư
        "àáâãäåỉçèéêëìíỵï" + // E0; E6 ỉ, EC ì, ED í, EE ỵ
        "ðđịĩơõư÷øùúûüýþÿ"; // F0; F1 đ, F2 ị, F3 ĩ, F4 ơ, F6 ư

    // Modifier bytes 0xC0-0xDF (capitals) and 0xE0-0xFF (lowercase), indexed by the low five bits:
    // (shape << 3) | tone, with shapes and tones numbered as in VietnameseLetters; 0 is not a modifier.
    //   x0 circumflex+grave  x1 circumflex+acute  x2 circumflex  x3 circumflex+tilde  x4 circumflex+dot below
    //   x5 circumflex+hook   x8 breve+grave       x9 breve+acute xA breve              xB breve+dot below
    //   xF dot below         y5 tilde             y8 grave       y9 acute              yA breve+hook
    //   yB hook              yC breve+tilde       (x = C/E, y = D/F)
    private static ReadOnlySpan<byte> Modifiers =>
    [
        0x09, 0x0C, 0x08, 0x0B, 0x0D, 0x0A, 0x00, 0x00, 0x11, 0x14, 0x10, 0x15, 0x00, 0x00, 0x00, 0x05, // C0, E0
        0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x01, 0x04, 0x12, 0x02, 0x13, 0x00, 0x00, 0x00, // D0, F0
    ];

    /// <summary>True when the byte is a modifier; then <paramref name="shape"/> and <paramref name="tone"/> say what it adds.</summary>
    public static bool IsModifier(byte b, out int shape, out int tone)
    {
        var entry = b >= 0xC0 ? Modifiers[b & 0x1F] : 0;
        shape = entry >> 3;
        tone = entry & 0x07;
        return entry != 0;
    }
}
