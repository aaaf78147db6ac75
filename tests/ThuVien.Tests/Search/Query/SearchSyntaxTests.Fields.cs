using ThuVien.Search.Query;
using static ThuVien.Tests.Search.Query.QueryTrees;

namespace ThuVien.Tests.Search.Query;

public partial class SearchSyntaxTests
{
    [Theory]
    [InlineData("any", "Any")]
    [InlineData("tatca", "Any")]
    [InlineData("title", "Title")]
    [InlineData("ti", "Title")]
    [InlineData("nhande", "Title")]
    [InlineData("nhan_de", "Title")]
    [InlineData("tieude", "Title")]
    [InlineData("author", "Author")]
    [InlineData("au", "Author")]
    [InlineData("tacgia", "Author")]
    [InlineData("tac_gia", "Author")]
    [InlineData("subject", "Subject")]
    [InlineData("su", "Subject")]
    [InlineData("chude", "Subject")]
    [InlineData("chu_de", "Subject")]
    [InlineData("series", "Series")]
    [InlineData("tungthu", "Series")]
    [InlineData("publisher", "Publisher")]
    [InlineData("pb", "Publisher")]
    [InlineData("nxb", "Publisher")]
    [InlineData("nhaxuatban", "Publisher")]
    [InlineData("isbn", "Isbn")]
    [InlineData("issn", "Issn")]
    [InlineData("language", "Language")]
    [InlineData("lang", "Language")]
    [InlineData("ngonngu", "Language")]
    [InlineData("type", "ContentType")]
    [InlineData("loai", "ContentType")]
    [InlineData("ddc", "Ddc")]
    [InlineData("class", "Ddc")]
    [InlineData("phanloai", "Ddc")]
    [InlineData("library", "Library")]
    [InlineData("thuvien", "Library")]
    [InlineData("location", "Location")]
    [InlineData("kho", "Location")]
    [InlineData("TITLE", "Title")]
    [InlineData("Tác_Giả", "Author")]
    [InlineData("tácgiả", "Author")]
    [InlineData("NHAN_ĐỀ", "Title")]
    [InlineData("chủ_đề", "Subject")]
    [InlineData("tùng_thư", "Series")]
    [InlineData("nhà_xuất_bản", "Publisher")]
    [InlineData("ngôn_ngữ", "Language")]
    [InlineData("loại", "ContentType")]
    [InlineData("phân_loại", "Ddc")]
    [InlineData("thư_viện", "Library")]
    [InlineData("tất_cả", "Any")]
    public void A_field_prefix_in_english_or_vietnamese_names_its_field(string prefix, string field)
    {
        var parsed = SearchSyntax.Parse(prefix + ":xyz");

        Assert.Equal(W("xyz", Enum.Parse<SearchField>(field)), parsed.Root);
        Assert.Empty(parsed.Notices);
    }

    [Theory]
    [InlineData("title:harry", "title:harry")]
    [InlineData("title:harry*", "title:harry*")]
    [InlineData("title:\"thư viện\"", "title:\"thư viện\"")]
    [InlineData("title:(a OR b)", "title:a OR title:b")]
    [InlineData("title:(a b)", "title:a AND title:b")]
    [InlineData("title:(a -b)", "title:a AND NOT title:b")]
    [InlineData("title:(a author:b)", "title:a AND author:b")]
    [InlineData("title:(a OR \"b c\") d", "(title:a OR title:\"b c\") AND d")]
    [InlineData("-title:(a b)", "NOT (title:a AND title:b)")]
    [InlineData("tatca:x", "x")]
    [InlineData("title:AND", "title:AND")]
    [InlineData("title:10:30", "title:10:30")]
    [InlineData("any:-x", "any:-x")]
    [InlineData("ddc:895.922", "ddc:895.922")]
    [InlineData("class:895.9*", "ddc:895.9*")]
    [InlineData("language:vie", "language:vie")]
    [InlineData("type:book", "type:book")]
    [InlineData("library:HN location:KHO-MO", "library:HN AND location:KHO-MO")]
    [InlineData("available:true", "available:true")]
    [InlineData("available:yes", "available:true")]
    [InlineData("available:CO", "available:true")]
    [InlineData("sansang:có", "available:true")]
    [InlineData("available:false", "available:false")]
    [InlineData("available:no", "available:false")]
    [InlineData("sẵn_sàng:không", "available:false")]
    [InlineData("available:\"khong\"", "available:false")]
    public void Reads_fields_and_their_values(string typed, string canonical)
    {
        var parsed = SearchSyntax.Parse(typed);

        Assert.Equal(canonical, parsed.Root.ToString());
        Assert.Empty(parsed.Notices);
    }

    [Fact]
    public void A_field_applies_to_every_clause_of_its_group()
    {
        Assert.Equal(
            Any(W("a", SearchField.Title), All(W("b", SearchField.Title), new Not(new Phrase(SearchField.Title, "c d")))),
            SearchSyntax.Parse("ti:(a OR b -\"c d\")").Root);
    }

    [Theory]
    [InlineData("year:2000", 2000, 2000)]
    [InlineData("year:1990-2000", 1990, 2000)]
    [InlineData("year:1990..2000", 1990, 2000)]
    [InlineData("year:1990–2000", 1990, 2000)]
    [InlineData("year:[1990 TO 2000]", 1990, 2000)]
    [InlineData("year:[1990 to 2000]", 1990, 2000)]
    [InlineData("year:{1990 TO 2000}", 1991, 1999)]
    [InlineData("year:[1990 TO 2000}", 1990, 1999)]
    [InlineData("year:[* TO 2000]", null, 2000)]
    [InlineData("year:[1990 TO *]", 1990, null)]
    [InlineData("year:>2000", 2001, null)]
    [InlineData("year:>=2000", 2000, null)]
    [InlineData("year:<1900", null, 1899)]
    [InlineData("year:<=1900", null, 1900)]
    [InlineData("year:1990-", 1990, null)]
    [InlineData("year:..1900", null, 1900)]
    [InlineData("year:\"2000\"", 2000, 2000)]
    [InlineData("year:0", 0, 0)]
    [InlineData("year:2200", 2200, 2200)]
    [InlineData("nam:1975", 1975, 1975)]
    [InlineData("năm:1975", 1975, 1975)]
    [InlineData("namxb:1945-1975", 1945, 1975)]
    public void Reads_a_year_or_a_range_of_years(string typed, int? from, int? to)
    {
        var parsed = SearchSyntax.Parse(typed);

        Assert.Equal(new YearRange(from, to), parsed.Root);
        Assert.Empty(parsed.Notices);
    }

    [Theory]
    [InlineData("year:(2000 OR 2005)", "year:2000 OR year:2005")]
    [InlineData("lịch sử year:1945-1975", "lịch AND sử AND year:1945..1975")]
    [InlineData("-year:>=2000", "NOT year:>=2000")]
    public void Year_clauses_combine_like_any_other(string typed, string canonical)
    {
        var parsed = SearchSyntax.Parse(typed);

        Assert.Equal(canonical, parsed.Root.ToString());
        Assert.Empty(parsed.Notices);
    }

    [Theory]
    [InlineData("isbn:978-604-1-12345-6", "Isbn", "978-604-1-12345-6")]
    [InlineData("isbn:0-306-40615-X", "Isbn", "0-306-40615-X")]
    [InlineData("978-604-1-12345-6", "Isbn", "978-604-1-12345-6")]
    [InlineData("9786041123456", "Isbn", "9786041123456")]
    [InlineData("0306406152", "Isbn", "0306406152")]
    [InlineData("0-8044-2957-X", "Isbn", "0-8044-2957-X")]
    [InlineData("080442957x", "Isbn", "080442957x")]
    [InlineData("issn:1859-3100", "Issn", "1859-3100")]
    [InlineData("1859-3100", "Issn", "1859-3100")]
    [InlineData("0317-8471", "Issn", "0317-8471")]
    [InlineData("1050-124X", "Issn", "1050-124X")]
    [InlineData("any:9786041123456", "Any", "9786041123456")]
    [InlineData("title:9786041123456", "Title", "9786041123456")]
    public void Standard_numbers_keep_their_hyphens_and_check_character(string typed, string field, string text)
    {
        var parsed = SearchSyntax.Parse(typed);

        Assert.Equal(W(text, Enum.Parse<SearchField>(field)), parsed.Root);
        Assert.Empty(parsed.Notices);
    }

    [Theory]
    [InlineData("1945-1975")]
    [InlineData("978-604")]
    [InlineData("12345678")]
    [InlineData("97860411234567")]
    [InlineData("978--604-1-12345-6")]
    [InlineData("9786041123456X")]
    [InlineData("978604112345X")]
    [InlineData("1859-3101")]
    public void Other_numbers_stay_words_of_any_field(string typed)
    {
        var root = SearchSyntax.Parse(typed).Root;

        Assert.False(root is Word { Field: SearchField.Isbn or SearchField.Issn }, root.ToString());
    }

    [Fact]
    public void A_truncated_standard_number_is_a_prefix_word_not_an_isbn()
    {
        Assert.Equal(Prefix("978604"), SearchSyntax.Parse("978604*").Root);
        Assert.Equal(Prefix("978604", SearchField.Isbn), SearchSyntax.Parse("isbn:978604*").Root);
    }
}
