using System.Text;
using ThuVien.Marc.Identifiers;
using ThuVien.Search;

namespace ThuVien.Tests.Search;

/// <summary>
/// The relevance suite: what a reader types, and the record that must come first (or among the first
/// few), over the demo catalogue and the project's Vietnamese test records.
/// </summary>
public sealed class RelevanceTests(SearchCatalogue catalogue) : IClassFixture<SearchCatalogue>
{
    public static TheoryData<string, string, int> TopResults() => new()
    {
        // query, a title the top results must include (prefix match), within how many results
        { "truyen kieu", "Truyện Kiều", 2 },
        { "TRUYỆN KIỀU", "Truyện Kiều", 2 },
        { "Truyện Kiều".Normalize(NormalizationForm.FormD), "Truyện Kiều", 2 },
        { "de men phieu luu ky", "Dế Mèn phiêu lưu ký", 1 },
        { "dế mèn", "Dế Mèn phiêu lưu ký", 2 },
        { "thu vien", "Thư viện", 1 },
        { "thuw vieenj", "Thư viện", 1 },
        { "thu7 vie65n", "Thư viện", 1 },
        { "ha noi", "Hà Nội băm sáu phố phường", 3 },
        { "hòa bình", "Hoà bình cho muôn nhà", 3 },
        { "hoaf bifnh", "Hoà bình cho muôn nhà", 3 },
        { "thủy hử", "Thuỷ hử", 1 },
        { "thuy hu", "Thuỷ hử", 1 },
        { "chi pheo", "Chí Phèo", 1 },
        { "nam cao", "Chí Phèo", 2 },
        { "title:kieu", "Truyện Kiều", 2 },
        { "subject:\"thư viện học\"", "Thư viện học đại cương", 1 },
        { "9786042195256", "Dế Mèn phiêu lưu ký", 1 },
        { "978-604-2-19525-6", "Dế Mèn phiêu lưu ký", 1 },
        { "isbn:978-604-2-19525-6", "Dế Mèn phiêu lưu ký", 1 },
        { "\"chiến tranh và hòa bình\"", "Chiến tranh và hòa bình", 2 },
        { "chien tranh va hoa binh", "Chiến tranh và hòa bình", 2 },
        { "doraem*", "Doraemon", 1 },
        { "a brief history of time", "A brief history of time", 1 },
        { "hawking", "A brief history of time", 1 },
        { "history vietnamese", "A history of the Vietnamese", 1 },
        { "giao trinh tri tue nhan tao", "Giáo trình Trí tuệ nhân tạo", 1 },
        { "tri tue nhan tao", "Giáo trình Trí tuệ nhân tạo", 1 },
        { "cau truc du lieu", "Cấu trúc dữ liệu và giải thuật", 1 },
        { "dai viet su ky toan thu", "Đại Việt sử ký toàn thư", 1 },
        { "nguoi lai do song da", "Người lái đò sông Đà", 1 },
        { "nguowif lais ddof", "Người lái đò sông Đà", 1 },
        { "ddaats nuwowcs", "Đất nước", 2 },
        { "mua la rung", "Mùa lá rụng trong vườn", 1 },
        { "tiếng việt thực hành", "Tiếng Việt thực hành", 1 },
        { "language:eng hawking", "A brief history of time", 1 },
        { "year:>2020 ban do", "Bản đồ hành chính Việt Nam", 2 },
        { "cánh đồng bất tận", "Cánh đồng bất tận", 1 },
        { "canh dong", "Cánh đồng", 2 },
        { "animal farm orwell", "Animal farm", 1 },
        { "dac nhan tam", "Đắc nhân tâm", 1 },
        { "ĐẮC NHÂN TÂM", "Đắc nhân tâm", 1 },
    };

    [Theory]
    [MemberData(nameof(TopResults))]
    public async Task The_expected_record_comes_first(string query, string expectedTitle, int within)
    {
        var result = await catalogue.FindAsync(query, size: 10);
        var titles = result.Hits.Select(h => h.Title).ToList();
        var position = titles.FindIndex(t => t.StartsWith(expectedTitle, StringComparison.Ordinal));
        Assert.True(position >= 0 && position < within, $"'{query}': expected '{expectedTitle}' within the first {within}, got [{string.Join(" | ", titles.Take(5))}]");
    }

    [Fact]
    public async Task Exact_diacritics_rank_before_the_same_letters_with_other_marks()
    {
        var titles = (await catalogue.FindAsync("đường", size: 20)).Hits.Select(h => h.Title).ToList();
        var exact = new[] { "Đường Kách mệnh", "Những thiên đường mù", "Con đường tơ lụa" };
        var lastExact = exact.Max(t => titles.IndexOf(t));
        Assert.True(exact.All(titles.Contains), $"missing an exact match: [{string.Join(" | ", titles)}]");
        Assert.True(titles.IndexOf("Thái Bình Dương mênh mông") is var other && (other < 0 || other > lastExact), $"'Dương' ranked among 'đường': [{string.Join(" | ", titles)}]");
    }

    [Fact]
    public async Task A_query_without_diacritics_finds_every_spelling()
    {
        var titles = (await catalogue.FindAsync("duong", size: 50)).Hits.Select(h => h.Title).ToList();
        Assert.Contains("Đường Kách mệnh", titles);
        Assert.Contains("Những thiên đường mù", titles);
        Assert.Contains("Thái Bình Dương mênh mông", titles);
    }

    [Fact]
    public async Task A_syllable_pair_ranks_above_the_same_syllables_apart()
    {
        var titles = (await catalogue.FindAsync("thư viện", size: 20)).Hits.Select(h => h.Title).ToList();
        Assert.True(titles.IndexOf("Thư viện học đại cương") < titles.IndexOf("Thư mục của Viện Hán Nôm") || !titles.Contains("Thư mục của Viện Hán Nôm"), string.Join(" | ", titles));
        var hanoi = (await catalogue.FindAsync("hà nội", size: 50)).Hits.Select(h => h.Title).ToList();
        Assert.True(hanoi.IndexOf("Hà Nội băm sáu phố phường") < hanoi.IndexOf("Nội trú ở Hà Giang"), string.Join(" | ", hanoi));
    }

    [Fact]
    public async Task An_isbn_10_finds_the_record_catalogued_with_its_isbn_13()
    {
        Assert.True(Isbn.TryParse("9786042195256", out var isbn) && isbn.Isbn10 is not null);
        var result = await catalogue.FindAsync(isbn.Isbn10!);
        Assert.Equal("Dế Mèn phiêu lưu ký", Assert.Single(result.Hits).Title);
    }

    [Fact]
    public async Task Exclusion_removes_what_follows_the_minus()
    {
        var all = await catalogue.FindAsync("dế mèn");
        var books = await catalogue.FindAsync("dế mèn -\"sách nói\"");
        Assert.Contains(all.Hits, h => h.Title.Contains("sách nói", StringComparison.Ordinal));
        Assert.DoesNotContain(books.Hits, h => h.Title.Contains("sách nói", StringComparison.Ordinal));
        Assert.Equal(all.Total - 1, books.Total);
    }

    [Fact]
    public async Task Truncation_with_diacritics_ranks_words_with_those_diacritics_first()
    {
        var typed = await catalogue.FindAsync("nguyễ*", size: 100);
        var folded = await catalogue.FindAsync("nguye*", size: 100);
        Assert.Equal(folded.Total, typed.Total);
        // Words that differ in their marks still match: Nguyên Hồng's books are among the hits (there are more
        // hits than a page holds, and they rank below the Nguyễn ones, so they are looked for by author).
        var nguyenHong = await catalogue.FindAsync("nguyễ*", size: 100, filters: new() { ["author"] = ["Nguyên Hồng, 1918-1982"] });
        Assert.NotEqual(0, nguyenHong.Total);
        Assert.All(typed.Hits.Take(5), h => Assert.True(
            h.Authors.Any(a => a.Contains("Nguyễn", StringComparison.Ordinal)) || h.Title.Contains("Nguyễn", StringComparison.Ordinal) || h.Snippet.Contains("Nguyễn", StringComparison.Ordinal),
            $"{h.Title} has no word starting 'nguyễ' yet ranks in the first five"));
    }

    [Fact]
    public async Task Author_field_search_returns_only_that_authors_works()
    {
        var result = await catalogue.FindAsync("author:\"Tô Hoài\"", size: 50);
        Assert.True(result.Total >= 3);
        Assert.All(result.Hits, h => Assert.Contains(h.Authors, a => a.StartsWith("Tô Hoài", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Year_ranges_bound_the_results()
    {
        var result = await catalogue.FindAsync("year:1990-1999", size: 100);
        Assert.True(result.Total > 0);
        Assert.All(result.Hits, h => Assert.InRange(h.Year ?? 0, 1990, 1999));
    }
}
