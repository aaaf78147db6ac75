using System.Text;
using ThuVien.Marc.Tests.Support;
using ThuVien.Marc.Text;
using static ThuVien.Marc.Tests.Text.Marc8Bytes;

namespace ThuVien.Marc.Tests.Text;

public partial class Marc8DecoderTests
{
    [Fact]
    public void Decodes_the_pymarc_parallel_table_line_for_line()
    {
        var marc8 = Lines(File.ReadAllBytes(TestData.Require("marc8/test_marc8.txt")));
        var utf8 = Lines(File.ReadAllBytes(TestData.Require("marc8/test_utf8.txt")));
        Assert.Equal(utf8.Count, marc8.Count);

        var mismatches = new List<string>();
        var problems = new List<string>();
        for (var i = 0; i < marc8.Count; i++)
        {
            var expected = Encoding.UTF8.GetString(utf8[i]).Normalize(NormalizationForm.FormC);
            var actual = Marc8Decoder.Decode(marc8[i], problems);
            if (actual != expected)
            {
                mismatches.Add($"line {i + 1}: expected '{expected}', got '{actual}'");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{marc8.Count} lines compared, {mismatches.Count} differ");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
        Assert.Empty(problems);
        Assert.Equal(1515, marc8.Count);
    }

    public static TheoryData<byte[], string> Vietnamese => new()
    {
        // ANSEL: hook above 0xE0, grave 0xE1, acute 0xE2, circumflex 0xE3, tilde 0xE4, breve 0xE6,
        // dot below 0xF2, o-horn 0xBC/0xAC, u-horn 0xBD/0xAD, đ 0xB3, Đ 0xA3.
        { Of("Truy", 0xE3, 0xF2, "en Ki", 0xE3, 0xE1, "eu"), "Truyện Kiều" },
        { Of("Nguy", 0xE3, 0xE4, "en Du"), "Nguyễn Du" },
        { Of("H", 0xE1, "a N", 0xE3, 0xF2, "oi"), "Hà Nội" },
        { Of("Th", 0xBD, " vi", 0xE3, 0xF2, "en"), "Thư viện" },
        { Of(0xE6, 0xF2, "a"), "ặ" },
        { Of(0xE4, 0xBD), "ữ" },
        { Of(0xA3, 0xBD, 0xE1, 0xBC, "ng"), "Đường" },
        { Of(0xB3, 0xE3, 0xE2, "at n", 0xBD, 0xE2, 0xBC, "c"), "đất nước" },
        { Of("Ng", 0xBD, 0xE1, 0xBC, "i ", 0xE0, "a ", 0xAD, " ", 0xE1, 0xAC, "n"), "Người ả Ư Ờn" },
        { Of("Ti", 0xE3, 0xE2, "eng Vi", 0xE3, 0xF2, "et"), "Tiếng Việt" },
        { Of("H", 0xE0, "ai Ph", 0xE1, "ong"), "Hải Phòng" },
    };

    [Theory]
    [MemberData(nameof(Vietnamese))]
    public void Decodes_Vietnamese_written_in_ANSEL_to_precomposed_NFC(byte[] bytes, string expected)
    {
        var problems = new List<string>();
        var text = Marc8Decoder.Decode(bytes, problems);
        Assert.Equal(expected, text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        Assert.Empty(problems);
    }

    [Fact]
    public void Moves_combining_marks_after_their_base_even_across_an_escape()
    {
        // Acute, then a G0 change before the letter it belongs to.
        Assert.Equal("é", Marc8Decoder.Decode(Of(0xE2, Esc, "(B", "e"), null));
        // A mark with no precomposed form stays a combining character after its base.
        Assert.Equal("q\u0327x", Marc8Decoder.Decode(Of(0xF0, "qx"), null));
    }

    [Fact]
    public void Ligature_and_double_tilde_halves_become_one_double_width_mark_after_the_first_letter()
    {
        var problems = new List<string>();
        Assert.Equal("t\u0361s", Marc8Decoder.Decode(Of(0xEB, "t", 0xEC, "s"), problems));
        Assert.Equal("n\u0360g", Marc8Decoder.Decode(Of(0xFA, "n", 0xFB, "g"), problems));
        Assert.Empty(problems);
    }

    [Fact]
    public void Technique_1_escapes_reach_greek_symbols_subscripts_and_superscripts()
    {
        Assert.Equal("H₂O", Marc8Decoder.Decode(Of("H", Esc, "b2", Esc, "sO"), null));
        Assert.Equal("m²", Marc8Decoder.Decode(Of("m", Esc, "p2", Esc, "s"), null));
        Assert.Equal("α-β-γ", Marc8Decoder.Decode(Of(Esc, "ga", Esc, "s-", Esc, "gb", Esc, "s-", Esc, "gc"), null));
        Assert.Equal("10⁽⁻³⁾", Marc8Decoder.Decode(Of("10", Esc, "p(-3)", Esc, "s"), null));
    }

    [Fact]
    public void Technique_2_escapes_designate_the_other_scripts()
    {
        var problems = new List<string>();
        Assert.Equal("Россия", Marc8Decoder.Decode(Of(Esc, "(NrOSSIQ", Esc, "(B"), problems));
        Assert.Equal("Ђорђе", Marc8Decoder.Decode(Of(Esc, "(N", Esc, ")Q", 0xE1, "OR", 0xC1, "E"), problems));
        Assert.Equal("שלום", Marc8Decoder.Decode(Of(Esc, "(2ylem", Esc, "(B"), problems));
        Assert.Equal("كتاب", Marc8Decoder.Decode(Of(Esc, "(3cJGH", Esc, "(B"), problems));
        Assert.Equal("Λόγος", Marc8Decoder.Decode(Of(Esc, "(SN\"rdrw", Esc, "(B"), problems));
        Assert.Equal("人 人", Marc8Decoder.Decode(Of(Esc, "$1!0d !0d", Esc, "(B"), problems));
        Assert.Empty(problems);
    }

    [Fact]
    public void Accepts_the_other_intermediates_and_sets_in_G1()
    {
        var problems = new List<string>();
        Assert.Equal("人", Marc8Decoder.Decode(Of(Esc, "$,1!0d"), problems));
        Assert.Equal("人", Marc8Decoder.Decode(Of(Esc, "$)1", 0xA1, 0xB0, 0xE4), problems));
        Assert.Equal("Еè", Marc8Decoder.Decode(Of(Esc, "-N", 0xE5, Esc, "-!E", 0xE1, Esc, ",B", "e"), problems));
        Assert.Equal("Ёлка", Marc8Decoder.Decode(Of(Esc, ")Q", 0xE4, Esc, "(NLKA"), problems));
        Assert.Empty(problems);
    }

    [Fact]
    public void Maps_EACC_characters_outside_the_BMP_and_C1_controls()
    {
        Assert.Equal("\U000212C4", Marc8Decoder.Decode(Of(Esc, "$1!uY"), null));
        Assert.Equal("\u0098The \u009CBest\u200D\u200C", Marc8Decoder.Decode(Of(0x88, "The ", 0x89, "Best", 0x8D, 0x8E), null));
    }

    [Fact]
    public void Every_value_starts_with_ASCII_and_ANSEL()
    {
        var left = Marc8Decoder.Decode(Of(Esc, "(NRUS", Esc, ")Q"), null);
        var right = Marc8Decoder.Decode(Of("RUS ", 0xE2, "e"), null);
        Assert.Equal("рус", left);
        Assert.Equal("RUS é", right);
    }

    [Fact]
    public void Plain_ASCII_comes_back_unchanged()
    {
        const string text = "Kafka, Franz, 1883-1924. Der Process : Roman / [Tab\there]";
        Assert.Equal(text, Marc8Decoder.Decode(Encoding.ASCII.GetBytes(text), null));
    }

    private static List<byte[]> Lines(byte[] file)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < file.Length; i++)
        {
            if (file[i] == (byte)'\n')
            {
                lines.Add(file[start..i]);
                start = i + 1;
            }
        }

        if (start < file.Length)
        {
            lines.Add(file[start..]);
        }

        return lines;
    }
}
