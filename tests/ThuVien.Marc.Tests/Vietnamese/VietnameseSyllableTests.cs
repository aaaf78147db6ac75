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
    public void A_Vietnamese_syllable_is_valid(string word)
    {
        Assert.True(VietnameseSyllable.IsValid(word));
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
    public void A_word_that_breaks_the_syllable_rules_is_invalid(string word, string why)
    {
        Assert.False(VietnameseSyllable.IsValid(word), why);
    }
}
