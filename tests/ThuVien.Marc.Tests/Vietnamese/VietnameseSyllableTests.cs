using ThuVien.Marc.Text;

namespace ThuVien.Marc.Tests.Vietnamese;

public class VietnameseSyllableTests
{
    [Theory]
    [InlineData("người")]
    [InlineData("nghiêng")]
    [InlineData("Nguyễn")]
    [InlineData("TRUYỆN")]
    [InlineData("quốc")]
    [InlineData("quyển")]
    [InlineData("gì")]
    [InlineData("giếng")]
    [InlineData("giữa")]
    [InlineData("hoà")]
    [InlineData("hòa")]
    [InlineData("thuở")]
    [InlineData("khuya")]
    [InlineData("của")]
    [InlineData("ở")]
    [InlineData("yêu")]
    [InlineData("kỹ")]
    [InlineData("Đường")]
    [InlineData("hoặc")]
    [InlineData("Minh")]
    [InlineData("vít")]
    [InlineData("kể")]
    [InlineData("a")]
    [InlineData("ừ")]
    [InlineData("ý")]
    [InlineData("việt")]
    [InlineData("nam")]
    [InlineData("nghỉ")]
    [InlineData("giường")]
    [InlineData("gió")]
    [InlineData("gìn")]
    [InlineData("quý")]
    [InlineData("khuỷu")]
    [InlineData("thủy")]
    [InlineData("thuỷ")]
    [InlineData("khỏe")]
    [InlineData("khoẻ")]
    [InlineData("uống")]
    [InlineData("oanh")]
    [InlineData("xoong")]
    [InlineData("ngoằng")]
    [InlineData("tiếng")]
    [InlineData("đường")]
    [InlineData("hạnh")]
    [InlineData("phúc")]
    [InlineData("trường")]
    [InlineData("chích")]
    [InlineData("ếch")]
    [InlineData("kí")]
    [InlineData("ghế")]
    [InlineData("cũng")]
    [InlineData("huỳnh")]
    [InlineData("khuếch")]
    [InlineData("tuần")]
    [InlineData("rượu")]
    [InlineData("ngoẹo")]
    [InlineData("xoáy")]
    [InlineData("the")]
    [InlineData("VIỆT")]
    [InlineData("ĐƯỜNG")]
    public void A_Vietnamese_syllable_is_valid(string word)
    {
        Assert.True(VietnameseSyllable.IsValid(word), word);
    }

    [Theory]
    [InlineData("les", "no rhyme -es")]
    [InlineData("France", "too many letters and no rhyme")]
    [InlineData("et", "a stop final needs sắc or nặng")]
    [InlineData("cõac", "a stop final needs sắc or nặng, and c takes no glide")]
    [InlineData("ce", "c is written k before e")]
    [InlineData("ghá", "gh only before i, e, ê")]
    [InlineData("tóan", "the tone sits on the last vowel before a final")]
    [InlineData("bọan", "a labial takes no glide")]
    [InlineData("fú", "f is no Vietnamese letter")]
    [InlineData("áá", "two vowels that form no rhyme")]
    [InlineData("àá", "two tones")]
    [InlineData("Vieät", "a VNI word read as something else")]
    [InlineData("", "empty")]
    [InlineData("books", "k is no final")]
    [InlineData("library", "too long, and no onset br")]
    [InlineData("english", "no Vietnamese rhyme")]
    [InlineData("str", "no vowel")]
    [InlineData("x", "no vowel")]
    [InlineData("ă", "ă never stands alone")]
    [InlineData("viet", "a stop final needs sắc or nặng")]
    [InlineData("vièt", "a stop final needs sắc or nặng")]
    [InlineData("hàt", "a stop final needs sắc or nặng")]
    [InlineData("hỏc", "a stop final needs sắc or nặng")]
    [InlineData("ka", "k before a is written c")]
    [InlineData("gha", "gh only before i e ê")]
    [InlineData("nge", "ng before e is written ngh")]
    [InlineData("ngha", "ngh only before i e ê")]
    [InlineData("qa", "q is always qu")]
    [InlineData("quu", "qu takes no u")]
    [InlineData("iên", "iê without an onset is written yê")]
    [InlineData("tyên", "yê after a consonant is written iê")]
    [InlineData("boa", "no rounding glide after a labial")]
    [InlineData("hòà", "two tones")]
    [InlineData("haì", "the tone is not on the final i")]
    [InlineData("hỏang", "before a final the tone sits on a")]
    [InlineData("mưá", "the tone sits on ư")]
    [InlineData("ngưòi", "the tone sits on ơ")]
    [InlineData("qúy", "the u of qu carries no tone")]
    [InlineData("việtt", "no final tt")]
    [InlineData("2020", "digits")]
    [InlineData("việt nam", "two syllables")]
    public void A_word_that_breaks_the_syllable_rules_is_invalid(string word, string why)
    {
        Assert.False(VietnameseSyllable.IsValid(word), why);
    }

    [Theory]
    [InlineData("hòa", 1, 1, 2)]
    [InlineData("hoà", 2, 1, 2)]
    [InlineData("thuỷ", 3, 2, 3)]
    [InlineData("người", 3, 3, 3)]
    [InlineData("tiếng", 2, 2, 2)]
    [InlineData("gì", 1, 1, 1)]
    [InlineData("giữa", 2, 2, 2)]
    public void Parsing_finds_the_tone_mark_and_its_traditional_and_modern_places(string word, int at, int traditional, int modern)
    {
        Assert.True(VietnameseSyllable.TryParse(word, out var parts));
        Assert.Equal((at, traditional, modern), (parts.TonePosition, parts.TraditionalTonePosition, parts.ModernTonePosition));
    }

    [Theory]
    [InlineData("hát", true)]
    [InlineData("hạch", true)]
    [InlineData("hàng", false)]
    [InlineData("hoa", false)]
    public void Parsing_tells_a_stop_final(string word, bool stop)
    {
        Assert.True(VietnameseSyllable.TryParse(word, out var parts));
        Assert.Equal(stop, parts.EndsInStop);
    }
}
