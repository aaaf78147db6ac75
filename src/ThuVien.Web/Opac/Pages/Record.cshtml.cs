using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Marc;
using ThuVien.Marc.Mapping;
using ThuVien.Storage;

namespace ThuVien.Web.Opac.Pages;

/// <summary>A record's page at its permalink: the full display, copies, MARC, citation and exports; 404 or 410 when it is not there.</summary>
internal sealed class RecordModel(IDbContextFactory<ThuVienDb> databases, LibraryIdentity library) : PageModel
{
    private static readonly BibliographicSummary Nothing = BibliographicSummary.FromMarc(new MarcRecord(new Leader("00000nam a2200000 i 4500")));

    public long Id { get; private set; }

    public bool Found { get; private set; }

    public bool Withdrawn { get; private set; }

    /// <summary>The record's summary; an empty one when the record is not there (the page then shows only the 404 or 410).</summary>
    public BibliographicSummary Summary { get; private set; } = Nothing;

    public string Title { get; private set; } = string.Empty;

    public IReadOnlyList<CopyGroup> Copies { get; private set; } = [];

    public int CopyCount { get; private set; }

    public int AvailableCount { get; private set; }

    public string MarcLines { get; private set; } = string.Empty;

    public ApaCitation? Citation { get; private set; }

    public string Permalink { get; private set; } = string.Empty;

    public DateTime UpdatedAt { get; private set; }

    public async Task OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Id = id;
        var row = await databases.FindWithItemsAsync(id, cancellationToken);
        if (row is null || row.Deleted)
        {
            Withdrawn = row is not null;
            Response.StatusCode = Withdrawn ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
            return;
        }

        var record = row.ToMarcWithItems();
        Found = true;
        Summary = BibliographicSummary.FromMarc(record);
        Title = Summary.Title ?? row.Title;
        Copies = CopyGroup.Of(row.Items);
        CopyCount = row.Items.Count;
        AvailableCount = row.Items.Count(i => i.Status == ItemStatus.Available);
        MarcLines = MarcLineFormat.Format(record);
        Citation = ApaCitation.From(Summary);
        Permalink = await library.PermalinkAsync(id, cancellationToken);
        UpdatedAt = VietnamTime.FromUtc(row.UpdatedAt);
    }

    /// <summary>A search link for the search page another part of the OPAC serves: /search?q=author:"…".</summary>
    public static string SearchUrl(string index, string value) =>
        "/search?q=" + Uri.EscapeDataString($"{index}:\"{value.Replace("\"", string.Empty, StringComparison.Ordinal)}\"");
}
