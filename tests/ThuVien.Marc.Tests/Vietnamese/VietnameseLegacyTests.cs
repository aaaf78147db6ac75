using System.Globalization;
using System.Text;
using CsCheck;
using ThuVien.Marc.Text;

namespace ThuVien.Marc.Tests.Vietnamese;

public class VietnameseLegacyTests
{
    [Fact]
    public void Every_Vietnamese_letter_round_trips_through_TCVN3()
    {
        var bytes = Tcvn3Encoder.Encode(VietnameseLetterSet.All);
        Assert.Equal(VietnameseLetterSet.All, VietnameseLegacy.Decode(bytes, MarcEncoding.Tcvn3));
    }

    [Fact]
    public void Every_Vietnamese_letter_round_trips_through_VNI()
    {
        var bytes = VniEncoder.Encode(VietnameseLetterSet.All);
        Assert.Equal(VietnameseLetterSet.All, VietnameseLegacy.Decode(bytes, MarcEncoding.Vni));
    }

    [Fact]
    public void Every_letter_decodes_on_its_own_between_ASCII_letters()
    {
        foreach (var letter in VietnameseLetterSet.All)
        {
            var text = $"x{letter}n";
            Assert.Equal(text, VietnameseLegacy.Decode(Tcvn3Encoder.Encode(text), MarcEncoding.Tcvn3));
            Assert.Equal(text, VietnameseLegacy.Decode(VniEncoder.Encode(text), MarcEncoding.Vni));
        }
    }

    // Byte sequences typed from the TCVN 5712:1993 chart (VN3, plus VN2 and VN1 where noted).
    [Theory]
    [InlineData("54 72 75 79 D6 6E 20 4B 69 D2 75", "Truyện Kiều")]
    [InlineData("4E 67 75 79 D4 6E 20 44 75", "Nguyễn Du")]
    [InlineData("48 B5 20 4E E9 69", "Hà Nội")]
    [InlineData("A7 AD EA 6E 67 20 4B B8 63 68 20 6D D6 6E 68", "Đường Kách mệnh")]
    [InlineData("63 F1 61 20 6E 68 F7 6E 67 20 6E 67 AD EA 69 20 6E AD ED 63", "của những người nước")]
    [InlineData("54 BE 74 20 AE CC 6E", "Tắt đèn")]
    [InlineData("A8 A9 AA AB AC AD AE", "ăâêôơưđ")]
    [InlineData("A1 A2 A3 A4 A5 A6 A7", "ĂÂÊÔƠƯĐ")]
    [InlineData("A0", "\u00A0")]
    [InlineData("AF BA BF C0", "ẰẲẴẮ")] // VN2 capitals in VN3's gaps
    [InlineData("41 B3 A6 B3 6E 67", "ÁỨng")] // VN2 combining tone marks fold into the letter
    [InlineData("80 83 9F", "ÀÁŨ")] // VN1 capitals
    public void Known_TCVN3_bytes_decode_as_the_chart_says(string hex, string expected)
    {
        Assert.Equal(expected, VietnameseLegacy.Decode(Bytes(hex), MarcEncoding.Tcvn3));
    }

    // Byte sequences typed from the VNI-Windows chart.
    [Theory]
    [InlineData("56 69 65 E4 74 20 4E 61 6D", "Việt Nam")]
    [InlineData("4E 67 75 79 65 E3 6E 20 44 75", "Nguyễn Du")]
    [InlineData("6E 67 F6 F4 F8 69", "người")]
    [InlineData("D1 F6 F4 F8 6E 67", "Đường")]
    [InlineData("54 49 45 C1 4E 47 20 56 49 45 C4 54", "TIẾNG VIỆT")]
    [InlineData("48 6F 61 F8 20 63 68 ED 6E 68 20 6B 79 FB", "Hoà chính kỷ")]
    [InlineData("54 61 EF 70 20 63 68 ED", "Tạp chí")]
    [InlineData("D6 D9 6E 67 20 EE", "Ứng ỵ")]
    [InlineData("61 EA 20 61 E2 20 65 E2 20 6F E2 20 F4 20 F6 20 F1", "ă â ê ô ơ ư đ")]
    public void Known_VNI_bytes_decode_as_the_chart_says(string hex, string expected)
    {
        Assert.Equal(expected, VietnameseLegacy.Decode(Bytes(hex), MarcEncoding.Vni));
    }

    [Theory]
    [InlineData(MarcEncoding.Tcvn3)]
    [InlineData(MarcEncoding.Vni)]
    public void ASCII_bytes_stay_ASCII(MarcEncoding encoding)
    {
        var ascii = Enumerable.Range(0, 0x80).Select(b => (byte)b).ToArray();
        Assert.Equal(Encoding.ASCII.GetString(ascii), VietnameseLegacy.Decode(ascii, encoding));
    }

    [Fact]
    public void TCVN3_capitals_typed_with_the_VnTimeH_font_decode_as_the_lowercase_their_bytes_mean()
    {
        // "TRUYỆN KIỀU" typed with .VnTimeH: the font draws ệ (D6) and ề (D2) as capitals, the bytes do not say so.
        Assert.Equal("TRUYệN KIềU", VietnameseLegacy.Decode(Bytes("54 52 55 59 D6 4E 20 4B 49 D2 55"), MarcEncoding.Tcvn3));
    }

    [Fact]
    public void A_VNI_mark_on_a_consonant_is_kept_and_normalized()
    {
        // n + acute (F9) has a precomposed form; a mark after a space stays a combining mark.
        Assert.Equal("ń", VietnameseLegacy.Decode(Bytes("6E F9"), MarcEncoding.Vni));
        Assert.Equal(" \u0301", VietnameseLegacy.Decode(Bytes("20 F9"), MarcEncoding.Vni));
        Assert.Equal("\u0302\u0301", VietnameseLegacy.Decode(Bytes("E1"), MarcEncoding.Vni));
    }

    [Fact]
    public void A_second_tone_on_a_toned_vowel_is_kept_as_a_combining_mark()
    {
        Assert.Equal("a\u0301\u0300".Normalize(NormalizationForm.FormC), VietnameseLegacy.Decode(Bytes("61 F9 F8"), MarcEncoding.Vni));
        Assert.Equal("á\u0300", VietnameseLegacy.Decode(Bytes("B8 B0"), MarcEncoding.Tcvn3));
    }

    [Fact]
    public void VNI_bytes_that_are_no_letter_keep_their_Windows_1252_meaning()
    {
        Assert.Equal("“Số đỏ” – ©", VietnameseLegacy.Decode(Bytes("93 53 6F E1 20 F1 6F FB 94 20 96 20 A9"), MarcEncoding.Vni));
    }

    [Theory]
    [InlineData(MarcEncoding.Tcvn3)]
    [InlineData(MarcEncoding.Vni)]
    public void Any_bytes_decode_without_throwing_to_NFC(MarcEncoding encoding)
    {
        Gen.Byte.Array[0, 64].Sample(bytes =>
        {
            var text = VietnameseLegacy.Decode(bytes, encoding);
            return text.IsNormalized(NormalizationForm.FormC);
        });
    }

    [Theory]
    [InlineData(MarcEncoding.Tcvn3)]
    [InlineData(MarcEncoding.Vni)]
    public void Every_single_byte_decodes_to_NFC(MarcEncoding encoding)
    {
        for (var b = 0; b < 256; b++)
        {
            var text = VietnameseLegacy.Decode(new[] { (byte)b }, encoding);
            Assert.True(text.IsNormalized(NormalizationForm.FormC), $"byte 0x{b:X2}");
            Assert.NotEmpty(text);
        }
    }

    [Fact]
    public void A_long_value_decodes_as_well_as_a_short_one()
    {
        var text = string.Concat(Enumerable.Repeat("Lịch sử Việt Nam, tập 1. ", 200));
        Assert.Equal(text, VietnameseLegacy.Decode(Tcvn3Encoder.Encode(text), MarcEncoding.Tcvn3));
        Assert.Equal(text, VietnameseLegacy.Decode(VniEncoder.Encode(text), MarcEncoding.Vni));
    }

    [Theory]
    [InlineData(MarcEncoding.Utf8)]
    [InlineData(MarcEncoding.Marc8)]
    [InlineData(MarcEncoding.Auto)]
    public void Decoding_with_an_encoding_that_is_not_legacy_Vietnamese_is_refused(MarcEncoding encoding)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLegacy.Decode("abc"u8, encoding));
    }

    private static byte[] Bytes(string hex) =>
        hex.Split(' ').Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
}
