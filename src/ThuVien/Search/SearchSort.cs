namespace ThuVien.Search;

/// <summary>The orders a result list can take; titles and authors sort in Vietnamese alphabetical order.</summary>
internal enum SearchSort
{
    Relevance,
    Title,
    TitleDescending,
    Author,
    AuthorDescending,
    Year,
    YearDescending,
}

/// <summary>The sort names used in URLs: relevance, title, -title, author, -author, year, -year.</summary>
internal static class SearchSorts
{
    public static bool TryParse(string? text, out SearchSort sort)
    {
        sort = (text ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "" or "relevance" => SearchSort.Relevance,
            "title" => SearchSort.Title,
            "-title" => SearchSort.TitleDescending,
            "author" => SearchSort.Author,
            "-author" => SearchSort.AuthorDescending,
            "year" => SearchSort.Year,
            "-year" => SearchSort.YearDescending,
            _ => (SearchSort)(-1),
        };
        return Enum.IsDefined(sort);
    }

    public static string Name(SearchSort sort) => sort switch
    {
        SearchSort.Title => "title",
        SearchSort.TitleDescending => "-title",
        SearchSort.Author => "author",
        SearchSort.AuthorDescending => "-author",
        SearchSort.Year => "year",
        SearchSort.YearDescending => "-year",
        _ => "relevance",
    };
}
