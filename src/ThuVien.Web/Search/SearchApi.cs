using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ThuVien.Search;

namespace ThuVien.Web.Search;

/// <summary>/api/v1/search: the catalogue's search, the same query path as the OPAC's pages.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/search", Search).WithTags("Search")
            .WithSummary("Search: q (words, \"phrases\", field:value, AND/OR/NOT, -word, year:1990-2000, trunc*), sort, page, size, and facet filters type, language, year, subject, author, library, location, available.");
        routes.MapGet("/api/v1/search/suggest", Suggest).WithTags("Search")
            .WithSummary("Completions of what was typed: titles (field=title, the default) or authors (field=author).");
        return routes;
    }

    private static async Task<Results<Ok<SearchView>, ValidationProblem>> Search(HttpRequest request, CatalogSearch search, CancellationToken cancellationToken)
    {
        var (query, errors) = SearchQueryString.Read(request.Query);
        if (query is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await search.SearchAsync(query, cancellationToken);
        return TypedResults.Ok(SearchView.From(result));
    }

    private static async Task<Results<Ok<IReadOnlyList<string>>, ValidationProblem>> Suggest(CatalogSearch search, CancellationToken cancellationToken, string? q = null, string field = "title")
    {
        if (field is not ("title" or "author"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["field"] = ["must be title or author"] });
        }

        return TypedResults.Ok(await search.CompleteAsync(q, field == "author", cancellationToken: cancellationToken));
    }
}
