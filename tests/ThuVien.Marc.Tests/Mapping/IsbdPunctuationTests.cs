using System.Text;
using ThuVien.Marc.Mapping;

namespace ThuVien.Marc.Tests.Mapping;

public class IsbdPunctuationTests
{
    [Theory]
    [InlineData("Truyện Kiều /", "Truyện Kiều")]
    [InlineData("Hà Nội :", "Hà Nội")]
    [InlineData("Văn học,", "Văn học")]
    [InlineData("2019.", "2019")]
    [InlineData("c1995.", "c1995")]
    [InlineData("[1995?].", "[1995?]")]
    [InlineData("Tủ sách văn học ;", "Tủ sách văn học")]
    [InlineData("Bản đồ hành chính Việt Nam =", "Bản đồ hành chính Việt Nam")]
    [InlineData("Chabon, Michael.", "Chabon, Michael")]
    [InlineData("Nguyễn Du.", "Nguyễn Du")]
    [InlineData("Fiction.", "Fiction")]
    [InlineData("New York (N.Y.)", "New York (N.Y.)")]
    [InlineData("22 cm.", "22 cm")]
    [InlineData("UNESCO.", "UNESCO")]
    [InlineData("  Hà Nội : ", "Hà Nội")]
    [InlineData("Nguyễn Du ; .", "Nguyễn Du")]
    [InlineData("", "")]
    public void Trailing_isbd_punctuation_is_removed(string value, string expected)
    {
        Assert.Equal(expected, IsbdPunctuation.Clean(value));
    }

    [Theory]
    [InlineData("Nxb.")]
    [InlineData("Nxb. Giáo dục")]
    [InlineData("H.")]
    [InlineData("Smith, John A.")]
    [InlineData("Tolkien, J. R. R.")]
    [InlineData("Washington, D.C.")]
    [InlineData("Institute of Electrical and Electronic Engineers, Inc.")]
    [InlineData("1st ed.")]
    [InlineData("500 p.")]
    [InlineData("450 tr.")]
    [InlineData("Comic books, strips, etc.")]
    [InlineData("Ph.D.")]
    [InlineData("Tp.")]
    [InlineData("PGS.TS.")]
    [InlineData("Trần Th.")]
    [InlineData("Và rồi...")]
    [InlineData("4 3/4 in.")]
    [InlineData("ill.")]
    [InlineData("Reston, Va.")]
    [InlineData("Berkeley, Calif.")]
    [InlineData("http://example.org/")]
    [InlineData("&#x1EA1;")]
    public void A_full_stop_of_an_abbreviation_or_initial_stays(string value)
    {
        Assert.Equal(value, IsbdPunctuation.Clean(value));
    }

    [Fact]
    public void Abbreviation_stops_stay_when_isbd_punctuation_follows()
    {
        Assert.Equal("Nxb. Trẻ", IsbdPunctuation.Clean("Nxb. Trẻ,"));
        Assert.Equal("500 p.", IsbdPunctuation.Clean("500 p. ;"));
        Assert.Equal("Nguyễn Văn A.", IsbdPunctuation.Clean("Nguyễn Văn A. /"));
    }

    [Fact]
    public void Decomposed_vietnamese_comes_out_composed()
    {
        var decomposed = "Truyện Kiều /".Normalize(NormalizationForm.FormD);
        var clean = IsbdPunctuation.Clean(decomposed);
        Assert.Equal("Truyện Kiều", clean);
        Assert.True(clean.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Text_without_trailing_punctuation_is_returned_as_the_same_instance()
    {
        const string value = "Truyện Kiều";
        Assert.Same(value, IsbdPunctuation.Clean(value));
    }
}
