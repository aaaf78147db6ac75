using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThuVien.Search;
using ThuVien.Search.Querying;

namespace ThuVien.Web.Opac.Pages;

/// <summary>
/// /browse/subject and /browse/author: the catalogue's headings in Vietnamese alphabetical order with their
/// record counts, by first letter or by what the reader types, each linking to its records.
/// </summary>
internal sealed class BrowseModel(CatalogSearch search) : PageModel
{
    public const int PageSize = 50;

    private static readonly BrowsePage Nothing = new(0, 1, PageSize, []);

    /// <summary>"subject" or "author"; empty at /browse, where the reader chooses.</summary>
    public string Kind { get; private set; } = string.Empty;

    public FacetDimension? Dimension { get; private set; }

    /// <summary>What the headings start with, as the reader typed it (empty: every heading).</summary>
    public string From { get; private set; } = string.Empty;

    public BrowsePage Result { get; private set; } = Nothing;

    public int FirstShown => ((Result.Page - 1) * Result.Size) + 1;

    public int LastShown => FirstShown + Result.Headings.Count - 1;

    public async Task OnGetAsync(string? kind, CancellationToken cancellationToken)
    {
        Kind = kind ?? string.Empty;
        Dimension = Kind switch
        {
            "subject" => FacetDimension.Subject,
            "author" => FacetDimension.Author,
            _ => null,
        };
        if (Dimension is null)
        {
            if (kind is not null)
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
            }

            return;
        }

        From = Request.Query["from"].ToString().Trim();
        if (From.Length > HeadingKey.MaxTyped)
        {
            From = From[..HeadingKey.MaxTyped];
        }

        // "page" is read from the query string itself: in Razor Pages a bound parameter of that name gets the page's route value.
        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number : 1;
        Result = await search.BrowseAsync(Dimension, From, page, PageSize, cancellationToken);
    }

    public string BrowseUrl(string? from, int page = 1)
    {
        var parameters = new List<KeyValuePair<string, string?>>(2);
        if (!string.IsNullOrEmpty(from))
        {
            parameters.Add(new("from", from));
        }

        if (page > 1)
        {
            parameters.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return $"/browse/{Kind}{QueryString.Create(parameters).ToUriComponent()}";
    }

    public Pager Pages(string label) => new(Result.Page, Pager.LastPage(Result.Total, Result.Size), page => BrowseUrl(From, page), label);
}
