using System.Text;
using ThuVien.Search.Query;
using static ThuVien.Tests.Search.Query.QueryTrees;

namespace ThuVien.Tests.Search.Query;

public partial class SearchSyntaxTests
{
    [Theory]
    [InlineData("Truyện Kiều")]
    [InlineData("tác_giả:\"Nguyễn Du\" năm:1820")]
    [InlineData("Đất rừng phương Nam -\"Đoàn Giỏi\"")]
    [InlineData("nguyễ*")]
    [InlineData("chủ_đề:(lịch sử OR địa lý) ngôn_ngữ:vie")]
    [InlineData("TRUYỆN KIỀU")]
    public void Decomposed_vietnamese_parses_like_composed(string composed)
    {
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        var fromComposed = SearchSyntax.Parse(composed);
        var fromDecomposed = SearchSyntax.Parse(decomposed);

        Assert.Equal(fromComposed.Root, fromDecomposed.Root);
        Assert.Empty(fromDecomposed.Notices);
        Assert.True(fromDecomposed.Root.ToString().IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("Truyện Kiều", "Truyện AND Kiều")]
    [InlineData("TRUYỆN KIỀU", "TRUYỆN AND KIỀU")]
    [InlineData("truyen kieu", "truyen AND kieu")]
    [InlineData("truyeenj kieeuf", "truyeenj AND kieeuf")]
    [InlineData("Nguyễn Du và Truyện Kiều", "Nguyễn AND Du AND và AND Truyện AND Kiều")]
    [InlineData("thơ hoặc truyện", "thơ AND hoặc AND truyện")]
    [InlineData("\"Đại Việt sử ký toàn thư\"", "\"Đại Việt sử ký toàn thư\"")]
    [InlineData("tác_giả:Nguyễn OR tacgia:Nguyen", "author:Nguyễn OR author:Nguyen")]
    [InlineData("Việt-Nam", "Việt-Nam")]
    public void Vietnamese_words_are_kept_as_typed_for_the_analysis_to_fold(string typed, string canonical)
    {
        var parsed = SearchSyntax.Parse(typed);

        Assert.Equal(canonical, parsed.Root.ToString());
        Assert.Empty(parsed.Notices);
    }

    [Theory]
    [InlineData("nguyễ*", "nguyễ")]
    [InlineData("NGUYỄ*", "NGUYỄ")]
    [InlineData("đư*", "đư")]
    public void A_vietnamese_prefix_keeps_its_diacritics(string typed, string text)
    {
        Assert.Equal(Prefix(text), SearchSyntax.Parse(typed).Root);
        Assert.Equal(Prefix(text), SearchSyntax.Parse(typed.Normalize(NormalizationForm.FormD)).Root);
    }

    [Fact]
    public void Length_is_counted_after_composing_so_long_decomposed_text_is_not_cut()
    {
        var composed = "\"" + string.Concat(Enumerable.Repeat("Nguyễn Du ", 90)).TrimEnd() + "\"";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.True(composed.Length <= 1000 && decomposed.Length > 1000);

        var parsed = SearchSyntax.Parse(decomposed);

        Assert.Empty(parsed.Notices);
        Assert.Equal(SearchSyntax.Parse(composed).Root, parsed.Root);
    }
}
