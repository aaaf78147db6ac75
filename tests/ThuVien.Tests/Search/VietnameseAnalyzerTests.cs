using System.Text;
using ThuVien.Search;
using ThuVien.Search.Querying;

namespace ThuVien.Tests.Search;

public sealed class VietnameseAnalyzerTests
{
    [Fact]
    public void The_exact_form_keeps_diacritics_and_places_tones_one_way()
    {
        Assert.Equal(["hòa", "bình", "thủy", "hử"], TextTerms.Of(SearchFields.Exact(SearchFields.Any), "Hoà Bình, THUỶ hử"));
    }

    [Fact]
    public void The_folded_form_drops_diacritics_and_reads_nfd()
    {
        Assert.Equal(["duong", "kach", "menh"], TextTerms.Of(SearchFields.Folded(SearchFields.Any), "Đường Kách mệnh".Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Pairs_join_adjacent_folded_syllables()
    {
        Assert.Equal(["thu vien", "vien hoc"], TextTerms.Of(SearchFields.FoldedPairs(SearchFields.Any), "Thư viện học"));
        Assert.Empty(TextTerms.Of(SearchFields.FoldedPairs(SearchFields.Any), "Kiều"));
    }

    [Fact]
    public void A_long_syllable_after_a_short_one_pairs_without_losing_letters()
    {
        Assert.Equal(["a internationalisation", "internationalisation b"], TextTerms.Of(SearchFields.FoldedPairs(SearchFields.Any), "a internationalisation b"));
    }
}
