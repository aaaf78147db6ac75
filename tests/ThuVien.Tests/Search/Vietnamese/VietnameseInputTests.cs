using ThuVien.Search.Vietnamese;

namespace ThuVien.Tests.Search.Vietnamese;

public class VietnameseInputTests
{
    [Theory]
    [InlineData("thuw", "thư")]
    [InlineData("vieenj", "viện")]
    [InlineData("hoaf", "hòa")]
    [InlineData("bifnh", "bình")]
    [InlineData("nguowif", "người")]
    [InlineData("nguwowif", "người")]
    [InlineData("ddwowngf", "đường")]
    [InlineData("Vieejt", "việt")]
    [InlineData("VIEEJT", "việt")]
    [InlineData("tieesng", "tiếng")]
    [InlineData("tieengs", "tiếng")]
    [InlineData("thuyr", "thủy")]
    [InlineData("quys", "quý")]
    [InlineData("Nguyeenx", "nguyễn")]
    [InlineData("DDaij", "đại")]
    [InlineData("hocj", "học")]
    [InlineData("truwowngf", "trường")]
    [InlineData("truongwf", "trường")]
    [InlineData("truwongf", "trường")]
    [InlineData("giuwongf", "giường")]
    [InlineData("thuowr", "thuở")]
    [InlineData("giuwax", "giữa")]
    [InlineData("ddoongf", "đồng")]
    [InlineData("khoer", "khỏe")]
    [InlineData("nhw", "như")]
    [InlineData("tuaanf", "tuần")]
    [InlineData("awn", "ăn")]
    [InlineData("ngoaif", "ngoài")]
    [InlineData("khuyeen", "khuyên")]
    [InlineData("quoocs", "quốc")]
    [InlineData("hoaz", "hoa")]
    public void Telex_spellings_decode_to_the_syllable(string typed, string syllable)
    {
        Assert.Equal(syllable, VietnameseInput.Decode(typed));
    }

    [Theory]
    [InlineData("thu7", "thư")]
    [InlineData("vie65n", "viện")]
    [InlineData("vie56n", "viện")]
    [InlineData("vien65", "viện")]
    [InlineData("Vie65t", "việt")]
    [InlineData("d9u7o72ng", "đường")]
    [InlineData("d9uong72", "đường")]
    [InlineData("duong72", "dường")]
    [InlineData("du7o7ng2", "dường")]
    [InlineData("tru7ong2", "trường")]
    [InlineData("nguyen64", "nguyễn")]
    [InlineData("ho2a", "hòa")]
    [InlineData("hoa2", "hòa")]
    [InlineData("a8n", "ăn")]
    [InlineData("thu73", "thử")]
    [InlineData("hoc5", "học")]
    [InlineData("quo6c1", "quốc")]
    [InlineData("D9A5I", "đại")]
    public void VNI_spellings_decode_to_the_syllable(string typed, string syllable)
    {
        Assert.Equal(syllable, VietnameseInput.Decode(typed));
    }

    [Theory]
    [InlineData("the")]
    [InlineData("books")]
    [InlineData("library")]
    [InlineData("2020")]
    [InlineData("viet")]
    [InlineData("x")]
    [InlineData("asdfgh")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("hello")]
    [InlineData("coffee")]
    [InlineData("google")]
    [InlineData("week")]
    [InlineData("www")]
    [InlineData("hoass")]
    [InlineData("vieet")]
    [InlineData("mp3")]
    [InlineData("h2o")]
    [InlineData("covid19")]
    [InlineData("C++")]
    [InlineData("việt")]
    [InlineData("thu0")]
    [InlineData("nghieeengxxxxxxxxxxx")]
    public void Words_that_are_not_Telex_or_VNI_Vietnamese_give_null(string? typed)
    {
        Assert.Null(VietnameseInput.Decode(typed));
    }
}
