namespace ThuVien.Marc.Text;

/// <summary>
/// TCVN 5712:1993 (VSCII) code chart, bytes 0x80-0xFF; 0x00-0x7F are ASCII.
/// </summary>
/// <remarks>
/// <para>
/// TCVN3 proper (VN3, the "ABC" encoding of the .VnTime fonts) assigns only 0xA0-0xFE: NBSP, the capitals
/// Ă Â Ê Ô Ơ Ư Đ (A1-A7), their lowercase (A8-AE) and the 60 lowercase toned vowels (B5-FE, skipping the
/// gaps). Capitals with tones were typed by switching to the all-capital font (.VnTimeH), which draws the
/// lowercase byte values as capitals: the bytes say "ệ" and the page shows "Ệ". Only the font knew, so such
/// text decodes as lowercase; that is the faithful reading of the bytes and a known limitation.
/// </para>
/// <para>
/// The positions VN3 leaves empty are read as the larger levels of the same standard, because no VN3 text
/// uses them: VN2 puts 16 toned capitals in the gaps (AF, BA, BF, C0-C5, CD, D9-DB, E0, F0, FF) and the five
/// combining tone marks in B0-B4; VN1 puts the other toned capitals in 0x80-0x9F. VN1's last twelve capitals
/// (Ú Ụ Ừ Ử Ữ Ứ Ự Ỳ Ỷ Ỹ Ý Ỵ) sit in C0 control positions (0x01-0x17), which stay ASCII here, as MARC data
/// needs its control bytes.
/// </para>
/// </remarks>
internal static class Tcvn3Table
{
    /// <summary>The character of each byte 0x80-0xFF; B0-B4 are combining tone marks.</summary>
    public static ReadOnlySpan<char> High =>
        "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ" + // 80 (VN1)
        "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ" + // 90 (VN1)
        "\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ" + // A0; AF is VN2
        "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ" + // B0; B0-B4 and BA, BF are VN2
        "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ" + // C0; C0-C5 and CD are VN2
        "éẹềểễếệìỉỄẾỒĩíịò" + // D0; D9-DB are VN2
        "Ổỏõóọồổỗốộờởỡớợù" + // E0; E0 is VN2
        "ỖủũúụừửữứựỳỷỹýỵỐ"; // F0; F0 and FF are VN2

    /// <summary>Bytes that VN3 (TCVN3 proper) assigns: the rest of 0x80-0xFF comes from VN1 and VN2.</summary>
    public static bool IsVn3(byte b) => b is (>= 0xA0 and <= 0xAE) or (>= 0xB5 and <= 0xB9) or (>= 0xBB and <= 0xBE)
        or (>= 0xC6 and <= 0xCC) or (>= 0xCE and <= 0xD8) or (>= 0xDC and <= 0xDF) or (>= 0xE1 and <= 0xEF) or (>= 0xF1 and <= 0xFE);

    /// <summary>The tone of a VN2 combining tone byte (B0-B4), or <see cref="VietnameseTone.None"/>.</summary>
    public static VietnameseTone CombiningTone(byte b) => b switch
    {
        0xB0 => VietnameseTone.Grave,
        0xB1 => VietnameseTone.Hook,
        0xB2 => VietnameseTone.Tilde,
        0xB3 => VietnameseTone.Acute,
        0xB4 => VietnameseTone.DotBelow,
        _ => VietnameseTone.None,
    };
}
