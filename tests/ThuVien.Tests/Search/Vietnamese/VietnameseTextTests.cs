using ThuVien.Search.Vietnamese;

namespace ThuVien.Tests.Search.Vietnamese;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("hòa", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("thủy", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("khỏe", "khỏe")]
    [InlineData("qúy", "quý")]
    [InlineData("quý", "quý")]
    [InlineData("gìa", "già")]
    [InlineData("oà", "òa")]
    [InlineData("uỷ ban", "ủy ban")]
    [InlineData("Toà án nhân dân", "tòa án nhân dân")]
    [InlineData("HOÁ HỌC", "hóa học")]
    [InlineData("Thuỷ Hử", "thủy hử")]
    [InlineData("hoạ sĩ", "họa sĩ")]
    [InlineData("Tuỳ bút", "tùy bút")]
    [InlineData("loé sáng", "lóe sáng")]
    [InlineData("hòan thành", "hoàn thành")]
    [InlineData("ngòai", "ngoài")]
    [InlineData("khủyu", "khuỷu")]
    [InlineData("ngoài", "ngoài")]
    [InlineData("người", "người")]
    [InlineData("Hoàng Lê nhất thống chí", "hoàng lê nhất thống chí")]
    [InlineData("(Hoà Bình)", "(hòa bình)")]
    [InlineData("Thuỷ-Hoà", "thủy-hòa")]
    public void Tone_marks_move_to_the_traditional_place_and_letters_to_lower_case(string text, string exact)
    {
        Assert.Equal(exact, VietnameseText.Exact(text));
    }

    [Theory]
    [InlineData("Vie\u0302\u0323t Nam", "việt nam")]
    [InlineData("Vie\u0323\u0302t Nam", "việt nam")]
    [InlineData("ho\u0300a bi\u0300nh", "hòa bình")]
    [InlineData("hoa\u0300", "hòa")]
    [InlineData("ngu\u031Bo\u031B\u0300i", "người")]
    [InlineData("o\u031B\u0323", "ợ")]
    [InlineData("o\u0323\u031B", "ợ")]
    [InlineData("a\u0323\u0302", "ậ")]
    [InlineData("a\u0306\u0301", "ắ")]
    [InlineData("tie\u0302\u0301ng", "tiếng")]
    [InlineData("tiê\u0301ng", "tiếng")]
    [InlineData("TIÊ\u0301NG VIÊ\u0323T", "tiếng việt")]
    [InlineData("Đu\u031Bo\u031B\u0300ng", "đường")]
    [InlineData("thu\u0309y", "thủy")]
    [InlineData("thuy\u0309", "thủy")]
    public void Decomposed_and_half_composed_Vietnamese_comes_out_composed(string text, string exact)
    {
        Assert.Equal(exact, VietnameseText.Exact(text));
    }

    [Theory]
    [InlineData("\u00D0ẠI HỌC", "đại học")]
    [InlineData("\u00D0à Lạt", "đà lạt")]
    [InlineData("\u00D0ORRI", "\u00F0orri")]
    [InlineData("vi\u00F0", "vi\u00F0")]
    public void An_eth_that_begins_a_Vietnamese_syllable_is_read_as_d_with_stroke(string text, string exact)
    {
        Assert.Equal(exact, VietnameseText.Exact(text));
    }

    [Theory]
    [InlineData("Les Misérables", "les misérables")]
    [InlineData("e\u0301le\u0300ve", "élève")]
    [InlineData("Über die Freiheit", "über die freiheit")]
    [InlineData("u\u0308ber", "über")]
    [InlineData("A\u030Angstro\u0308m", "ångström")]
    [InlineData("Café", "café")]
    [InlineData("The Library", "the library")]
    [InlineData("MARC21", "marc21")]
    [InlineData("Война и мир", "война и мир")]
    [InlineData("紅樓夢", "紅樓夢")]
    [InlineData("", "")]
    public void Text_that_is_not_Vietnamese_comes_back_composed_and_lower_cased(string text, string exact)
    {
        Assert.Equal(exact, VietnameseText.Exact(text));
    }

    [Theory]
    [InlineData("aò\u0309", "aò\u0309")]
    [InlineData("oí\u0301", "oí\u0301")]
    [InlineData("iụ\u0306", "iụ\u0306")]
    [InlineData("ơị\u0309", "ơị\u0309")]
    public void A_mark_left_over_after_a_toned_vowel_keeps_the_tone_where_it_is(string text, string exact)
    {
        Assert.Equal(exact, VietnameseText.Exact(text));
        Assert.Equal(exact, VietnameseText.Exact(exact));
    }

    [Theory]
    [InlineData("\uD800hoà")]
    [InlineData("hoà\uDC00")]
    [InlineData("\uDC00\uD800\u0301")]
    [InlineData("\uFFFEhoà\u0301")]
    public void Lone_surrogates_and_noncharacters_pass_through_unharmed(string text)
    {
        var exact = VietnameseText.Exact(text);
        Assert.Equal(text.Length, exact.Length);
        Assert.Equal(VietnameseText.Fold(text), VietnameseText.Fold(exact));
    }

    [Fact]
    public void Exact_returns_the_same_string_when_nothing_changes()
    {
        const string text = "truyện kiều";
        Assert.Same(text, VietnameseText.Exact(text));
    }

    [Theory]
    [InlineData("Hoà")]
    [InlineData("việt")]
    [InlineData("NGƯỜI")]
    [InlineData("Vie\u0302\u0323t")]
    [InlineData("Ωmega")]
    public void The_token_form_writes_what_the_string_form_returns(string token)
    {
        Span<char> destination = stackalloc char[token.Length + 4];
        var written = VietnameseText.Exact(token, destination);
        Assert.Equal(VietnameseText.Exact(token), destination[..written].ToString());
    }

    [Fact]
    public void The_token_form_allocates_nothing_for_composed_Vietnamese()
    {
        string[] tokens = ["việt", "hoà", "thuỷ", "người", "Nguyễn", "2024", "library"];
        Span<char> destination = stackalloc char[16];
        foreach (var token in tokens)
        {
            VietnameseText.Exact(token, destination);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = 0;
        foreach (var token in tokens)
        {
            total += VietnameseText.Exact(token, destination);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(33, total);
    }

    [Fact]
    public void A_short_destination_gets_what_fits()
    {
        Span<char> destination = stackalloc char[3];
        var written = VietnameseText.Exact("Nguyễn", destination);
        Assert.Equal("ngu", destination[..written].ToString());
    }

    [Theory]
    [InlineData("Việt Nam", "viet nam")]
    [InlineData("Đường Kách mệnh", "duong kach menh")]
    [InlineData("ĐẠI HỌC QUỐC GIA HÀ NỘI", "dai hoc quoc gia ha noi")]
    [InlineData("Nguyễn Du", "nguyen du")]
    [InlineData("Truyện Kiều", "truyen kieu")]
    [InlineData("Hồ Xuân Hương", "ho xuan huong")]
    [InlineData("Ưng Bình Thúc Giạ Thị", "ung binh thuc gia thi")]
    [InlineData("người ăn ở", "nguoi an o")]
    [InlineData("Vie\u0302\u0323t Nam", "viet nam")]
    [InlineData("ngu\u031Bo\u031B\u0300i", "nguoi")]
    [InlineData("tiê\u0301ng", "tieng")]
    [InlineData("Les Misérables", "les miserables")]
    [InlineData("Ça ira", "ca ira")]
    [InlineData("Straße", "strasse")]
    [InlineData("Gödel, Escher, Bach", "godel, escher, bach")]
    [InlineData("Søren Kierkegaard", "soren kierkegaard")]
    [InlineData("Æsop's Fables", "aesop's fables")]
    [InlineData("Œuvres complètes", "oeuvres completes")]
    [InlineData("España", "espana")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Þórbergur", "thorbergur")]
    [InlineData("\u212Bngström", "angstrom")]
    [InlineData("\u00D0ại học", "dai hoc")]
    [InlineData("Война и мир", "война и мир")]
    [InlineData("viet nam", "viet nam")]
    [InlineData("", "")]
    public void Folding_drops_every_diacritic(string text, string folded)
    {
        Assert.Equal(folded, VietnameseText.Fold(text));
    }

    [Fact]
    public void Folding_returns_the_same_string_when_nothing_changes()
    {
        const string text = "truyen kieu 1820";
        Assert.Same(text, VietnameseText.Fold(text));
    }

    [Fact]
    public void Folding_a_token_into_a_short_destination_gets_what_fits()
    {
        Span<char> destination = stackalloc char[4];
        var written = VietnameseText.Fold("Straße", destination);
        Assert.Equal("stra", destination[..written].ToString());
    }

    [Fact]
    public void Folding_a_token_allocates_nothing()
    {
        string[] tokens = ["Việt", "ĐƯỜNG", "Vie\u0302\u0323t", "Straße", "2024"];
        Span<char> destination = stackalloc char[16];
        foreach (var token in tokens)
        {
            VietnameseText.Fold(token, destination);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = 0;
        foreach (var token in tokens)
        {
            total += VietnameseText.Fold(token, destination);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(24, total);
    }

    [Theory]
    [InlineData("Việt Nam", true)]
    [InlineData("đi", true)]
    [InlineData("ĐI", true)]
    [InlineData("ăn", true)]
    [InlineData("Hà Nội", true)]
    [InlineData("ơ", true)]
    [InlineData("Vie\u0302t", true)]
    [InlineData("ho\u0300a", true)]
    [InlineData("Viet Nam", false)]
    [InlineData("library", false)]
    [InlineData("über", false)]
    [InlineData("naïve", false)]
    [InlineData("u\u0308ber", false)]
    [InlineData("", false)]
    public void Vietnamese_diacritics_are_recognised(string text, bool has)
    {
        Assert.Equal(has, VietnameseText.HasVietnameseDiacritics(text));
    }
}
