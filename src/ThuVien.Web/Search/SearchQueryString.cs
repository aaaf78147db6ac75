using Microsoft.AspNetCore.Http;
using ThuVien.Search;

namespace ThuVien.Web.Search;

/// <summary>Reads a search from a query string (q, sort, page, size and one parameter per facet), for the API and the OPAC alike.</summary>
internal static class SearchQueryString
{
    public static (SearchRequest? Request, Dictionary<string, string[]> Errors) Read(IQueryCollection query, int defaultSize = 20)
    {
        var errors = new Dictionary<string, string[]>();
        if (!SearchSorts.TryParse(query["sort"], out var sort))
        {
            errors["sort"] = ["must be relevance, title, -title, author, -author, year or -year"];
        }

        var page = ReadInt(query, "page", 1, 1, SearchRequest.MaxWindow, errors);
        var size = ReadInt(query, "size", defaultSize, 1, SearchRequest.MaxSize, errors);
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var dimension in FacetDimension.All)
        {
            var values = query[dimension.Key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList();
            if (values.Count > 0)
            {
                filters[dimension.Key] = values;
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new SearchRequest(query["q"].ToString(), filters, sort, page, size), errors);
    }

    private static int ReadInt(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors[name] = [$"must be a whole number from {min} to {max}"];
            return fallback;
        }

        return value;
    }
}
