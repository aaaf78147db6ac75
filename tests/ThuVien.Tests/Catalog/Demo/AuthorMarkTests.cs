using ThuVien.Catalog.Demo;

namespace ThuVien.Tests.Catalog.Demo;

public class AuthorMarkTests
{
    [Theory]
    [InlineData("Nguyễn Du", "NGU")]
    [InlineData("Đào Duy Anh", "DAO")]
    [InlineData("Hồ Xuân Hương", "HO")]
    [InlineData("Ưng Bình Thúc Giạ Thị", "UNG")]
    [InlineData("Brontë, Emily", "BRO")]
    [InlineData("Émile Zola", "EMI")]
    [InlineData("Viện Hàn lâm Khoa học xã hội Việt Nam", "VIE")]
    public void The_mark_is_three_capitals_without_diacritics_from_the_filing_word(string entry, string mark)
    {
        Assert.Equal(mark, AuthorMark.Of(entry));
    }
}
