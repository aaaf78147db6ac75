using ThuVien.Search.Query;
using static ThuVien.Tests.Search.Query.QueryTrees;

namespace ThuVien.Tests.Search.Query;

public partial class SearchSyntaxTests
{
    [Theory]
    [InlineData("", "*")]
    [InlineData("   ", "*")]
    [InlineData("*", "*")]
    [InlineData("harry", "harry")]
    [InlineData("harry potter", "harry AND potter")]
    [InlineData("harry AND potter", "harry AND potter")]
    [InlineData("harry && potter", "harry AND potter")]
    [InlineData("harry OR potter", "harry OR potter")]
    [InlineData("harry || potter", "harry OR potter")]
    [InlineData("a b OR c", "a AND b OR c")]
    [InlineData("a OR b c", "a OR b AND c")]
    [InlineData("(a OR b) c", "(a OR b) AND c")]
    [InlineData("a (b c)", "a AND b AND c")]
    [InlineData("a OR (b OR c)", "a OR b OR c")]
    [InlineData("((a))", "a")]
    [InlineData("a NOT b", "a AND NOT b")]
    [InlineData("a AND NOT b", "a AND NOT b")]
    [InlineData("a -b", "a AND NOT b")]
    [InlineData("a !b", "a AND NOT b")]
    [InlineData("NOT b", "NOT b")]
    [InlineData("-b", "NOT b")]
    [InlineData("-a -b", "NOT a AND NOT b")]
    [InlineData("a OR NOT b", "a OR NOT b")]
    [InlineData("a (NOT b)", "a AND NOT b")]
    [InlineData("+a b", "a AND b")]
    [InlineData("-\"thư viện\"", "NOT \"thư viện\"")]
    [InlineData("-title:x", "NOT title:x")]
    [InlineData("-(a OR b)", "NOT (a OR b)")]
    [InlineData("-(a b)", "NOT (a AND b)")]
    [InlineData("a * b", "a AND b")]
    [InlineData("a OR *", "a OR *")]
    [InlineData("e-book C++ 3.5", "e-book AND C++ AND 3.5")]
    [InlineData("and or not", "and AND or AND not")]
    [InlineData("\"thư viện\"", "\"thư viện\"")]
    [InlineData("\"  thư \t  viện  \"", "\"thư viện\"")]
    [InlineData("\"a (b) OR c*\"", "\"a (b) OR c*\"")]
    [InlineData("harry*", "harry*")]
    [InlineData("harry**", "harry*")]
    [InlineData("Lịch sử : từ nguồn gốc", "Lịch AND sử AND từ AND nguồn AND gốc")]
    public void Reads_a_well_formed_query_without_notices(string typed, string canonical)
    {
        var parsed = SearchSyntax.Parse(typed);

        Assert.Equal(canonical, parsed.Root.ToString());
        Assert.Empty(parsed.Notices);
    }

    [Fact]
    public void No_text_at_all_matches_everything()
    {
        var parsed = SearchSyntax.Parse(null);

        Assert.Equal(MatchAll.Instance, parsed.Root);
        Assert.Empty(parsed.Notices);
    }

    [Fact]
    public void And_binds_tighter_than_or()
    {
        Assert.Equal(Any(All(W("a"), W("b")), W("c")), SearchSyntax.Parse("a b OR c").Root);
        Assert.Equal(Any(W("a"), All(W("b"), W("c"))), SearchSyntax.Parse("a OR b AND c").Root);
    }

    [Fact]
    public void Parentheses_group_before_and()
    {
        Assert.Equal(All(Any(W("a"), W("b")), W("c")), SearchSyntax.Parse("(a OR b) c").Root);
    }

    [Theory]
    [InlineData("NOT b")]
    [InlineData("-b")]
    [InlineData("!b")]
    public void A_query_of_only_exclusions_subtracts_from_everything(string typed)
    {
        Assert.Equal(All(MatchAll.Instance, new Not(W("b"))), SearchSyntax.Parse(typed).Root);
    }

    [Fact]
    public void An_exclusion_beside_or_is_subtracted_from_everything_inside_its_own_and()
    {
        Assert.Equal(Any(W("a"), All(MatchAll.Instance, new Not(W("b")))), SearchSyntax.Parse("a OR NOT b").Root);
    }

    [Fact]
    public void An_excluded_group_keeps_its_inner_structure()
    {
        Assert.Equal(All(W("a"), new Not(Any(W("b"), W("c")))), SearchSyntax.Parse("a -(b OR c)").Root);
    }

    [Fact]
    public void A_trailing_star_makes_a_prefix_word_and_is_not_kept_in_the_text()
    {
        Assert.Equal(Prefix("nguyễ"), SearchSyntax.Parse("nguyễ*").Root);
    }

    [Fact]
    public void A_phrase_keeps_its_words_as_typed_with_single_spaces()
    {
        Assert.Equal(new Phrase(SearchField.Title, "Thư viện"), SearchSyntax.Parse("title:\"  Thư \n viện \"").Root);
    }

    [Fact]
    public void A_lone_star_among_other_clauses_adds_nothing_to_an_and()
    {
        Assert.Equal(All(W("harry"), W("potter")), SearchSyntax.Parse("harry * potter").Root);
    }
}
