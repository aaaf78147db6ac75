using System.Text;
using CsCheck;
using ThuVien.Marc.Text;
using static ThuVien.Marc.Tests.Text.Marc8Bytes;

namespace ThuVien.Marc.Tests.Text;

public partial class Marc8DecoderTests
{
    [Fact]
    public void An_unknown_escape_loses_only_the_ESC()
    {
        var (text, problem) = DecodeWithOneProblem(Of("Soci", Esc, "t", 0xE2, "e"));
        Assert.Equal("Socité", text);
        Assert.Equal("MARC-8: unknown escape sequence ESC t at byte 4 of the value; the ESC is ignored", problem);

        (text, problem) = DecodeWithOneProblem(Of("x", Esc, "(X", "yz"));
        Assert.Equal("x(Xyz", text);
        Assert.Equal("MARC-8: unknown escape sequence ESC ( X at byte 1 of the value; the ESC is ignored", problem);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', Esc }, "ESC at the end of the value (byte 1)")]
    [InlineData(new byte[] { (byte)'a', Esc, (byte)',' }, "ESC , at the end of the value (byte 1)")]
    [InlineData(new byte[] { (byte)'a', Esc, (byte)'$' }, "ESC $ at the end of the value (byte 1)")]
    [InlineData(new byte[] { (byte)'a', Esc, (byte)'$', (byte)')' }, "ESC $ ) at the end of the value (byte 1)")]
    [InlineData(new byte[] { (byte)'a', Esc, (byte)')', (byte)'!' }, "ESC ) ! at the end of the value (byte 1)")]
    public void An_escape_cut_off_by_the_end_of_the_value_is_reported_and_ignored(byte[] bytes, string where)
    {
        var (text, problem) = DecodeWithOneProblem(bytes);
        Assert.Equal("a", text);
        Assert.Equal($"MARC-8: incomplete escape sequence {where}; ignored", problem);
    }

    [Fact]
    public void A_byte_missing_from_G1_becomes_U_FFFD()
    {
        var (text, problem) = DecodeWithOneProblem(Of("a", 0xAF, "b"));
        Assert.Equal("a\uFFFDb", text);
        Assert.Equal("MARC-8: byte 0xAF at byte 1 of the value is not in Extended Latin (ANSEL); replaced with U+FFFD", problem);

        (text, _) = DecodeWithOneProblem(Of("a", 0xA0, "b"));
        Assert.Equal("a\uFFFDb", text);
        (text, problem) = DecodeWithOneProblem(Of("a", 0x80, "b"));
        Assert.Equal("a\uFFFDb", text);
        Assert.Contains("not a MARC-8 control function", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_missing_from_a_G0_set_is_read_as_ASCII()
    {
        // Basic Greek has no comma: a producer forgot to return to ASCII.
        var (text, problem) = DecodeWithOneProblem(Of(Esc, "(Sab,g"));
        Assert.Equal("αβ,ϛ", text);
        Assert.Equal("MARC-8: byte 0x2C at byte 5 of the value is not in Basic Greek; read as ASCII ','", problem);
        (text, _) = DecodeWithOneProblem(Of("H", Esc, "b2O"));
        Assert.Equal("H₂O", text);
    }

    [Fact]
    public void A_cut_off_EACC_character_is_reported()
    {
        var (text, problem) = DecodeWithOneProblem(Of(Esc, "$1!0d6}", Esc, "(Bx"));
        Assert.Equal("人6}x", text);
        Assert.Equal("MARC-8: incomplete EACC character (2 of 3 bytes) at byte 6 of the value; read as ASCII '6}'", problem);

        (text, problem) = DecodeWithOneProblem(Of(Esc, "$)1", 0xA1, 0xB0, 0xE4, 0xA1, 0xB0));
        Assert.Equal("人\uFFFD", text);
        Assert.Equal("MARC-8: incomplete EACC character (2 of 3 bytes) at byte 7 of the value; replaced with U+FFFD", problem);
    }

    [Fact]
    public void An_EACC_character_missing_from_the_table_becomes_U_FFFD_and_a_lost_byte_is_skipped_over()
    {
        var (text, problem) = DecodeWithOneProblem(Of(Esc, "$1!0d{69!0d"));
        Assert.Equal("人\uFFFD人", text);
        Assert.Equal("MARC-8: EACC character 0x7B3639 at byte 6 of the value is not in the code table; replaced with U+FFFD", problem);

        // "!0d" with its middle byte lost: the next characters only line up two bytes on.
        (text, problem) = DecodeWithOneProblem(Of(Esc, "$1!0d!d!0d!0d"));
        Assert.Equal("人\uFFFD人人", text);
        Assert.Contains("realigns 2 bytes on", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_combining_mark_without_a_base_is_dropped_and_reported()
    {
        var (text, problem) = DecodeWithOneProblem(Of("abc", 0xE2));
        Assert.Equal("abc", text);
        Assert.Equal("MARC-8: combining mark at the end of the value has no base character; dropped", problem);
    }

    [Fact]
    public void EACC_designated_with_a_single_byte_intermediate_is_read_and_reported()
    {
        var (text, problem) = DecodeWithOneProblem(Of(Esc, "(1!0d"));
        Assert.Equal("人", text);
        Assert.Contains("designates Chinese, Japanese, Korean (EACC) as a single-byte set", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_badly_damaged_value_lists_ten_problems_and_counts_the_rest()
    {
        var problems = new List<string>();
        var text = Marc8Decoder.Decode(Enumerable.Repeat((byte)0xAF, 30).ToArray(), problems);
        Assert.Equal(new string('\uFFFD', 30), text);
        Assert.Equal(11, problems.Count);
        Assert.Equal("MARC-8: 20 more problems in this value are not listed", problems[^1]);
    }

    [Fact]
    public void Without_a_problem_list_the_text_is_the_same()
    {
        var bytes = Of("a", Esc, "(X", 0xAF, Esc, "$1{69", 0xE2);
        Assert.Equal(Marc8Decoder.Decode(bytes, new List<string>()), Marc8Decoder.Decode(bytes, null));
    }

    [Fact]
    public void Any_bytes_decode_without_throwing_to_NFC_text()
    {
        // Biased towards the bytes that drive the decoder: ESC, intermediates, finals, ANSEL marks, EACC.
        var interesting = Gen.OneOf(
            Gen.Byte,
            Gen.OneOf<byte>(Esc, (byte)'(', (byte)')', (byte)',', (byte)'-', (byte)'$', (byte)'!', (byte)'1', (byte)'E', (byte)'S', (byte)'s', (byte)'g', (byte)'b', (byte)'p'),
            Gen.Byte[0xE0, 0xFE],
            Gen.Byte[0x21, 0x7E]);
        interesting.Array[0, 120].Sample(bytes =>
        {
            var problems = new List<string>();
            var text = Marc8Decoder.Decode(bytes, problems);
            Assert.True(text.IsNormalized(NormalizationForm.FormC));
            Assert.All(problems, p => Assert.StartsWith("MARC-8: ", p, StringComparison.Ordinal));
        }, iter: 20_000);
    }

    private static (string Text, string Problem) DecodeWithOneProblem(byte[] bytes)
    {
        var problems = new List<string>();
        var text = Marc8Decoder.Decode(bytes, problems);
        return (text, Assert.Single(problems));
    }
}
