using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using ThuVien.Search;
using ThuVien.Web.Search;

namespace ThuVien.Web.Opac.Pages;

/// <summary>
/// /search: the results of what the reader typed, with facets, sort and pages. Reads its parameters as the
/// search API does; a page, size or sort it cannot read is replaced by the default rather than refused,
/// since a reader who edits an address should still get results.
/// </summary>
internal sealed class SearchModel(CatalogSearch search) : PageModel
{
    /// <summary>How much of the query the title and the result count repeat.</summary>
    private const int ShownQueryLength = 80;

    private static readonly SearchResult Nothing = new(0, 1, SearchAddress.DefaultSize, [], [], [], []);

    public SearchResult Result { get; private set; } = Nothing;

    public SearchAddress Address { get; private set; } = SearchAddress.Of(new SearchRequest(string.Empty));

    /// <summary>True when some parameter was not understood and its default was used.</summary>
    public bool DefaultsUsed { get; private set; }

    /// <summary>The query as the title and the result count show it: trimmed, and shortened when long.</summary>
    public string ShownQuery { get; private set; } = string.Empty;

    public bool HasQuery => ShownQuery.Length > 0;

    public int FirstShown => ((Result.Page - 1) * Result.Size) + 1;

    public int LastShown => FirstShown + Result.Hits.Count - 1;

    /// <summary>The page links; pages past the deepest the search serves are not offered.</summary>
    public Pager Pages(string label) => new(
        Result.Page,
        Pager.LastPage(Result.Total, Result.Size, SearchRequest.MaxWindow),
        page => Address.AtPage(page).Url,
        label);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (request, errors) = SearchQueryString.Read(Request.Query, SearchAddress.DefaultSize);
        if (request is null)
        {
            DefaultsUsed = true;
            var kept = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in Request.Query)
            {
                if (!errors.ContainsKey(key))
                {
                    kept[key] = value;
                }
            }

            (request, _) = SearchQueryString.Read(new QueryCollection(kept), SearchAddress.DefaultSize);
            request ??= new SearchRequest(Request.Query["q"].ToString());
        }

        Address = SearchAddress.Of(request);
        var query = Address.Query.Trim();
        ShownQuery = query.Length <= ShownQueryLength ? query : string.Concat(query.AsSpan(0, char.IsHighSurrogate(query[ShownQueryLength - 1]) ? ShownQueryLength - 1 : ShownQueryLength), "…");
        Result = await search.SearchAsync(request, cancellationToken);
    }
}
