using ThuVien.Search.Query;
using static ThuVien.Tests.Search.Query.QueryTrees;

namespace ThuVien.Tests.Search.Query;

public class QueryNodeTests
{
    [Fact]
    public void Prints_the_canonical_query_with_parentheses_only_where_needed()
    {
        var tree = All(new Phrase(SearchField.Title, "thư viện"), Any(W("a"), W("b")), new Not(W("c")));

        Assert.Equal("title:\"thư viện\" AND (a OR b) AND NOT c", tree.ToString());
    }

    [Fact]
    public void Trees_compare_by_value_whatever_list_holds_their_clauses()
    {
        QueryNode fromArray = new And([W("a"), new Or([W("b"), Prefix("cd")])]);
        QueryNode fromList = new And(new List<QueryNode> { W("a"), new Or(new List<QueryNode> { W("b"), Prefix("cd") }) });

        Assert.Equal(fromArray, fromList);
        Assert.Equal(fromArray.GetHashCode(), fromList.GetHashCode());
        Assert.NotEqual(fromArray, new And([W("a"), new Or([W("b"), W("cd")])]));
        Assert.NotEqual<QueryNode>(new And([W("a"), W("b")]), new Or([W("a"), W("b")]));
    }

    [Theory]
    [InlineData(2000, 2000, "year:2000")]
    [InlineData(1990, 2000, "year:1990..2000")]
    [InlineData(2001, null, "year:>=2001")]
    [InlineData(null, 1899, "year:<=1899")]
    public void Prints_years_in_one_form_each(int? from, int? to, string canonical)
    {
        Assert.Equal(canonical, new YearRange(from, to).ToString());
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("||")]
    [InlineData("-x")]
    [InlineData("a:b")]
    [InlineData("9786041123456")]
    [InlineData("0317-8471")]
    public void A_word_of_any_field_that_would_read_back_as_syntax_is_printed_after_any(string text)
    {
        var word = W(text);

        Assert.Equal("any:" + text, word.ToString());
        Assert.Equal(word, SearchSyntax.Parse(word.ToString()).Root);
    }

    [Fact]
    public void The_anchor_of_an_and_of_exclusions_is_not_printed()
    {
        var tree = Any(W("a"), All(MatchAll.Instance, new Not(W("b")), new Not(Any(W("c"), W("d")))));

        Assert.Equal("a OR NOT b AND NOT (c OR d)", tree.ToString());
        Assert.Equal(tree, SearchSyntax.Parse(tree.ToString()).Root);
    }
}
