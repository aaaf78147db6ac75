using Lucene.Net.Search;

namespace ThuVien.Search.Querying;

/// <summary>The Lucene sort for a <see cref="SearchSort"/>; records without the sort value come last either way.</summary>
internal static class SortOrder
{
    public static Sort? For(SearchSort sort) => sort switch
    {
        SearchSort.Title => new Sort(Text(SearchFields.TitleSort, false)),
        SearchSort.TitleDescending => new Sort(Text(SearchFields.TitleSort, true)),
        SearchSort.Author => new Sort(Text(SearchFields.AuthorSort, false), Text(SearchFields.TitleSort, false)),
        SearchSort.AuthorDescending => new Sort(Text(SearchFields.AuthorSort, true), Text(SearchFields.TitleSort, false)),
        SearchSort.Year => new Sort(Year(false), Text(SearchFields.TitleSort, false)),
        SearchSort.YearDescending => new Sort(Year(true), Text(SearchFields.TitleSort, false)),
        _ => null,
    };

    private static SortField Text(string field, bool reverse)
    {
        var sort = new SortField(field, SortFieldType.STRING, reverse);
        sort.SetMissingValue(reverse ? SortField.STRING_FIRST : SortField.STRING_LAST);
        return sort;
    }

    private static SortField Year(bool reverse)
    {
        var sort = new SortField(SearchFields.Year, SortFieldType.INT32, reverse);
        sort.SetMissingValue(reverse ? int.MinValue : int.MaxValue);
        return sort;
    }
}
