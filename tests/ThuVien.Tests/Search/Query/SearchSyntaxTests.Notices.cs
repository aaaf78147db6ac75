using ThuVien.Search.Query;
using static ThuVien.Tests.Search.Query.QueryTrees;

namespace ThuVien.Tests.Search.Query;

public partial class SearchSyntaxTests
{
    [Theory]
    [InlineData("\"thư viện", "\"thư viện\"", "UnbalancedQuote")]
    [InlineData("title:\"thư viện", "title:\"thư viện\"", "UnbalancedQuote")]
    [InlineData("a \"b (c", "a AND \"b (c\"", "UnbalancedQuote")]
    [InlineData("(a OR b", "a OR b", "UnbalancedParenthesis")]
    [InlineData("a OR b)", "a OR b", "UnbalancedParenthesis")]
    [InlineData(")a(", "a", "UnbalancedParenthesis EmptyGroup")]
    [InlineData("title:(a b", "title:a AND title:b", "UnbalancedParenthesis")]
    [InlineData("a AND", "a", "LoneOperator")]
    [InlineData("AND a", "a", "LoneOperator")]
    [InlineData("a OR", "a", "LoneOperator")]
    [InlineData("OR", "*", "LoneOperator")]
    [InlineData("NOT", "*", "LoneOperator")]
    [InlineData("a NOT", "a", "LoneOperator")]
    [InlineData("a AND OR b", "a AND b", "LoneOperator")]
    [InlineData("a OR AND b", "a OR b", "LoneOperator")]
    [InlineData("(a OR) b", "a AND b", "LoneOperator")]
    [InlineData("a NOT NOT b", "a AND NOT b", "LoneOperator")]
    [InlineData("a -", "a", "LoneOperator")]
    [InlineData("a !", "a", "LoneOperator")]
    [InlineData("--a", "NOT a", "LoneOperator")]
    [InlineData("Việt Nam -- Lịch sử", "Việt AND Nam AND Lịch AND sử", "LoneOperator")]
    [InlineData("thư\u0000viện", "thưviện", "ControlCharacters")]
    [InlineData("thư\u200Bviện", "thưviện", "ControlCharacters")]
    [InlineData("\uFEFFharry", "harry", "ControlCharacters")]
    [InlineData("har\u00ADry", "harry", "ControlCharacters")]
    [InlineData("a\u0007 b", "a AND b", "ControlCharacters")]
    [InlineData("h*rry", "hrry", "WildcardDropped")]
    [InlineData("*otter", "otter", "WildcardDropped")]
    [InlineData("colo?r", "color", "WildcardDropped")]
    [InlineData("h*rry*", "hrry*", "WildcardDropped")]
    [InlineData("?", "*", "WildcardDropped")]
    [InlineData("a ?*", "a", "WildcardDropped")]
    [InlineData("title:*", "*", "WildcardDropped")]
    [InlineData("a*", "a", "PrefixTooShort")]
    [InlineData("ễ*", "ễ", "PrefixTooShort")]
    [InlineData("foo:bar", "foo AND bar", "UnknownField")]
    [InlineData("http://thuvien.vn", "http AND //thuvien.vn", "UnknownField")]
    [InlineData("foo:title:x", "foo AND title:x", "UnknownField")]
    [InlineData("year:abc", "*", "InvalidYear")]
    [InlineData("year:2300", "*", "InvalidYear")]
    [InlineData("year:>2200", "*", "InvalidYear")]
    [InlineData("year:<0", "*", "InvalidYear")]
    [InlineData("year:-", "*", "InvalidYear")]
    [InlineData("year:[* TO *]", "*", "InvalidYear")]
    [InlineData("year:{2000 TO 2001}", "*", "InvalidYear")]
    [InlineData("year:99999999999", "*", "InvalidYear")]
    [InlineData("harry year:19x0", "harry", "InvalidYear")]
    [InlineData("year:2000-1990", "year:1990..2000", "YearRangeReversed")]
    [InlineData("year:[1990 TO 2000", "year:1990..2000", "UnbalancedBracket")]
    [InlineData("title:", "*", "EmptyField")]
    [InlineData("title: harry", "harry", "EmptyField")]
    [InlineData("(title:)", "*", "EmptyField")]
    [InlineData("a ()", "a", "EmptyGroup")]
    [InlineData("a \"\"", "a", "EmptyPhrase")]
    [InlineData("a \"   \"", "a", "EmptyPhrase")]
    [InlineData("available:maybe", "*", "InvalidAvailability")]
    [InlineData("ISBN: 978-604-1-12345-6", "isbn:978-604-1-12345-6", "EmptyField")]
    [InlineData("(a AND", "a", "UnbalancedParenthesis LoneOperator")]
    [InlineData("\"a\u0000 b", "\"a b\"", "ControlCharacters UnbalancedQuote")]
    public void Odd_input_degrades_to_a_tree_and_says_what_changed(string typed, string canonical, string notices)
    {
        var parsed = SearchSyntax.Parse(typed);

        Assert.Equal(canonical, parsed.Root.ToString());
        Assert.Equal(notices, string.Join(' ', parsed.Notices));
    }

    [Fact]
    public void Each_kind_of_notice_is_reported_once()
    {
        var parsed = SearchSyntax.Parse("h*rry p*tter AND");

        Assert.Equal([QueryNotice.WildcardDropped, QueryNotice.LoneOperator], parsed.Notices);
    }

    [Fact]
    public void Unpaired_surrogates_are_removed_and_pairs_kept()
    {
        var parsed = SearchSyntax.Parse("a\uD800b \uDC00c 𝔸x");

        Assert.Equal(All(W("ab"), W("c"), W("𝔸x")), parsed.Root);
        Assert.Equal([QueryNotice.ControlCharacters], parsed.Notices);
    }

    [Fact]
    public void Tabs_and_line_breaks_separate_words_without_a_notice()
    {
        var parsed = SearchSyntax.Parse("thư\tviện\r\nquốc\u2028gia");

        Assert.Equal("thư AND viện AND quốc AND gia", parsed.Root.ToString());
        Assert.Empty(parsed.Notices);
    }

    [Fact]
    public void An_over_long_query_is_cut_at_the_last_space_before_the_limit()
    {
        var word = new string('x', 30);
        var typed = string.Join(' ', Enumerable.Repeat(word, 40));

        var parsed = SearchSyntax.Parse(typed);

        // Words are 31 characters apart, so the last space before character 1,000 follows the 32nd.
        var and = Assert.IsType<And>(parsed.Root);
        Assert.Equal(32, and.Clauses.Count);
        Assert.All(and.Clauses, clause => Assert.Equal(W(word), clause));
        Assert.Equal([QueryNotice.TooLong], parsed.Notices);
    }

    [Fact]
    public void An_over_long_query_without_spaces_is_cut_at_the_limit()
    {
        var parsed = SearchSyntax.Parse(new string('x', 10_000));

        Assert.Equal(W(new string('x', 1000)), parsed.Root);
        Assert.Equal([QueryNotice.TooLong], parsed.Notices);
    }

    [Fact]
    public void Only_the_first_64_clauses_are_kept()
    {
        var typed = string.Join(' ', Enumerable.Range(1, 70).Select(i => "w" + i));

        var parsed = SearchSyntax.Parse(typed);

        var and = Assert.IsType<And>(parsed.Root);
        Assert.Equal(64, and.Clauses.Count);
        Assert.Equal(W("w64"), and.Clauses[^1]);
        Assert.Equal([QueryNotice.TooManyClauses], parsed.Notices);
    }

    [Fact]
    public void Clauses_past_the_limit_are_dropped_inside_groups_and_alternatives_too()
    {
        var typed = string.Join(" OR ", Enumerable.Range(1, 40).Select(i => $"(a{i} b{i})"));

        var parsed = SearchSyntax.Parse(typed);

        Assert.Equal(64, Leaves(parsed.Root));
        Assert.Equal([QueryNotice.TooManyClauses], parsed.Notices);
        Assert.Null(ShapeProblem(parsed.Root));
    }

    [Fact]
    public void Parentheses_nested_past_the_limit_are_ignored_without_losing_the_words()
    {
        var typed = new string('(', 40) + "a OR b" + new string(')', 40) + " c";

        var parsed = SearchSyntax.Parse(typed);

        Assert.Equal(All(Any(W("a"), W("b")), W("c")), parsed.Root);
        Assert.Equal([QueryNotice.TooDeep], parsed.Notices);
    }

    [Fact]
    public void Hundreds_of_open_parentheses_give_a_tree_not_a_stack_overflow()
    {
        var parsed = SearchSyntax.Parse(new string('(', 900) + "a");

        Assert.Equal(W("a"), parsed.Root);
        Assert.Contains(QueryNotice.TooDeep, parsed.Notices);
        Assert.Contains(QueryNotice.UnbalancedParenthesis, parsed.Notices);
    }
}
