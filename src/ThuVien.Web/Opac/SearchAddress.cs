using Microsoft.AspNetCore.Http;
using ThuVien.Search;
using ThuVien.Search.Query;

namespace ThuVien.Web.Opac;

/// <summary>
/// A search as its /search address: the typed text, the facet filters (facet key, value) in facet order,
/// sort, page and size. Each change gives a new address, back on page 1 unless it is a change of page,
/// so every link on the results page is a plain GET that works without script.
/// </summary>
internal sealed class SearchAddress
{
    public const int DefaultSize = 20;

    private SearchAddress(string query, IReadOnlyList<KeyValuePair<string, string>> filters, SearchSort sort, int page, int size)
    {
        Query = query;
        Filters = filters;
        Sort = sort;
        Page = page;
        Size = size;
    }

    /// <summary>The typed text, cut where the search cuts it: longer text would be carried by every link on the page.</summary>
    public string Query { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Filters { get; }

    public SearchSort Sort { get; }

    public int Page { get; }

    public int Size { get; }

    public string Url
    {
        get
        {
            var parameters = new List<KeyValuePair<string, string?>>(Filters.Count + 4);
            if (Query.Length > 0)
            {
                parameters.Add(new("q", Query));
            }

            foreach (var (key, value) in Filters)
            {
                parameters.Add(new(key, value));
            }

            if (Sort != SearchSort.Relevance)
            {
                parameters.Add(new("sort", SearchSorts.Name(Sort)));
            }

            if (Page > 1)
            {
                parameters.Add(new("page", Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (Size != DefaultSize)
            {
                parameters.Add(new("size", Size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            return "/search" + QueryString.Create(parameters).ToUriComponent();
        }
    }

    public static SearchAddress Of(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filters = new List<KeyValuePair<string, string>>();
        foreach (var dimension in FacetDimension.All)
        {
            if (request.FiltersOrEmpty.TryGetValue(dimension.Key, out var values))
            {
                foreach (var value in values)
                {
                    filters.Add(new(dimension.Key, value));
                }
            }
        }

        return new SearchAddress(Cut(request.Query ?? string.Empty), filters, request.Sort, Math.Max(1, request.Page), request.Size);
    }

    /// <summary>The records filtered on one facet value, as the browse lists link to them.</summary>
    public static SearchAddress Filtered(string key, string value) => new(string.Empty, [new(key, value)], SearchSort.Relevance, 1, DefaultSize);

    public bool Has(string key, string value)
    {
        foreach (var filter in Filters)
        {
            if (filter.Key == key && filter.Value == value)
            {
                return true;
            }
        }

        return false;
    }

    public SearchAddress With(string key, string value) =>
        Has(key, value) ? AtPage(1) : new(Query, [.. Filters, new(key, value)], Sort, 1, Size);

    public SearchAddress Without(string key, string value) =>
        new(Query, [.. Filters.Where(f => f.Key != key || f.Value != value)], Sort, 1, Size);

    public SearchAddress WithoutFilters() => new(Query, [], Sort, 1, Size);

    public SearchAddress WithQuery(string query) => new(Cut(query), Filters, Sort, 1, Size);

    public SearchAddress AtPage(int page) => new(Query, Filters, Sort, page, Size);

    private static string Cut(string query)
    {
        if (query.Length <= QueryInput.MaxLength)
        {
            return query;
        }

        var space = query.LastIndexOf(' ', QueryInput.MaxLength);
        var end = space > 0 ? space : QueryInput.MaxLength;
        if (char.IsHighSurrogate(query[end - 1]))
        {
            end--;
        }

        return query[..end];
    }
}
