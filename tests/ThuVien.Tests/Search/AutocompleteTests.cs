namespace ThuVien.Tests.Search;

public sealed class AutocompleteTests(SearchCatalogue catalogue) : IClassFixture<SearchCatalogue>
{
    [Fact]
    public async Task Titles_that_begin_with_what_was_typed_come_first()
    {
        var titles = await catalogue.Search.CompleteAsync("truyen ki", authors: false);
        Assert.StartsWith("Truyện Kiều", titles[0], StringComparison.Ordinal);
        Assert.All(titles, t => Assert.Contains("truy", ThuVien.Search.Vietnamese.VietnameseText.Fold(t), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Author_completions_hold_every_typed_word()
    {
        var authors = await catalogue.Search.CompleteAsync("to ho", authors: true);
        Assert.StartsWith("Tô Hoài", authors[0], StringComparison.Ordinal);
        Assert.DoesNotContain(authors, a => !ThuVien.Search.Vietnamese.VietnameseText.Fold(a).Contains("to", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_typed_completes_to_nothing()
    {
        Assert.Empty(await catalogue.Search.CompleteAsync("   ", authors: false));
        Assert.Empty(await catalogue.Search.CompleteAsync(new string('x', 500), authors: true));
    }
}
