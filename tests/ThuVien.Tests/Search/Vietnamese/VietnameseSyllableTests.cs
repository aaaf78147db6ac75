using ThuVien.Search.Vietnamese;

namespace ThuVien.Tests.Search.Vietnamese;

public class VietnameseSyllableTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("ở")]
    [InlineData("ừ")]
    [InlineData("ý")]
    [InlineData("việt")]
    [InlineData("nam")]
    [InlineData("người")]
    [InlineData("nghiêng")]
    [InlineData("nghỉ")]
    [InlineData("giường")]
    [InlineData("giữa")]
    [InlineData("gió")]
    [InlineData("gì")]
    [InlineData("gìn")]
    [InlineData("giếng")]
    [InlineData("quốc")]
    [InlineData("quý")]
    [InlineData("quyển")]
    [InlineData("khuỷu")]
    [InlineData("khuya")]
    [InlineData("thủy")]
    [InlineData("thuỷ")]
    [InlineData("hòa")]
    [InlineData("hoà")]
    [InlineData("khỏe")]
    [InlineData("khoẻ")]
    [InlineData("yêu")]
    [InlineData("uống")]
    [InlineData("oanh")]
    [InlineData("xoong")]
    [InlineData("thuở")]
    [InlineData("ngoằng")]
    [InlineData("tiếng")]
    [InlineData("đường")]
    [InlineData("hạnh")]
    [InlineData("phúc")]
    [InlineData("trường")]
    [InlineData("chích")]
    [InlineData("ếch")]
    [InlineData("kỹ")]
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
    public void Well_formed_syllables_are_valid(string syllable)
    {
        Assert.True(VietnameseSyllable.IsValid(syllable), syllable);
    }

    [Theory]
    [InlineData("VIỆT")]
    [InlineData("Nguyễn")]
    [InlineData("ĐƯỜNG")]
    public void Capitals_are_tolerated(string syllable)
    {
        Assert.True(VietnameseSyllable.IsValid(syllable), syllable);
    }

    [Theory]
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
    [InlineData("ce", "c before e is written k")]
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
    public void Ill_formed_syllables_are_not(string syllable, string why)
    {
        Assert.False(VietnameseSyllable.IsValid(syllable), why);
    }
}
