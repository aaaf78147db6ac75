using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ThuVien.Marc;
using ThuVien.Marc.Mapping;
using ThuVien.Storage;
using ThuVien.Web.Catalog;

namespace ThuVien.Web.Opac;

/// <summary>/record/{id}/export/{format}: a record as a download in MARCXML, ISO 2709, RIS or BibTeX.</summary>
internal static class RecordExport
{
    /// <summary>The formats in the order the record page offers them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["marcxml", "mrc", "ris", "bibtex"];

    public static string Url(long id, string format) => $"/record/{id}/export/{format}";

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/record/{id:long}/export/{format}", ExportAsync).ExcludeFromDescription();

    private static async Task<IResult> ExportAsync(long id, string format, IDbContextFactory<ThuVienDb> databases, LibraryIdentity library, CancellationToken cancellationToken)
    {
        var kind = format.ToLowerInvariant();
        if (!Formats.Contains(kind))
        {
            return Problems.NotFound($"no export format '{format}'; use {string.Join(", ", Formats)}");
        }

        var row = await databases.FindWithItemsAsync(id, cancellationToken);
        if (row is null)
        {
            return Problems.NotFound($"no record {id}");
        }

        if (row.Deleted)
        {
            return Problems.Gone($"record {id} was withdrawn");
        }

        var record = row.ToMarcWithItems();
        var name = $"record-{id}";
        switch (kind)
        {
            case "marcxml":
                return TypedResults.File(MarcBodies.Write(record, MarcFormat.MarcXml), MarcBodies.MarcXml, name + ".xml");
            case "mrc":
                return TypedResults.File(MarcBodies.Write(record, MarcFormat.Iso2709), MarcBodies.Iso2709, name + ".mrc");
        }

        var summary = BibliographicSummary.FromMarc(record);
        var permalink = await library.PermalinkAsync(id, cancellationToken);
        return kind == "ris"
            ? TypedResults.File(Encoding.UTF8.GetBytes(RisWriter.Write(summary, id.ToString(System.Globalization.CultureInfo.InvariantCulture), permalink)),
                RisWriter.MediaType + "; charset=utf-8", name + ".ris")
            : TypedResults.File(Encoding.UTF8.GetBytes(BibTexWriter.Write(summary, $"thuvien{id}", permalink)),
                BibTexWriter.MediaType + "; charset=utf-8", name + ".bib");
    }
}
