using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ThuVien.Accounts;
using ThuVien.Catalog;
using ThuVien.Marc;
using ThuVien.Storage;
using ThuVien.Web.Accounts;

namespace ThuVien.Web.Catalog;

/// <summary>/api/v1/records: list, read in three serialisations, create, replace, delete.</summary>
internal static class RecordsApi
{
    private const int MaxPageSize = 200;

    public static RouteGroupBuilder MapRecordsApi(this IEndpointRouteBuilder routes)
    {
        var records = routes.MapGroup("/api/v1/records").WithTags("Records");
        records.MapGet("/", ListRecords).WithSummary("List records, newest change first, with paging and filters.");
        records.MapGet("/{id:long}", GetRecord).WithSummary("One record: JSON (default), MARCXML or ISO 2709 by Accept or ?format=json|marcxml|iso2709.");
        records.MapPost("/", CreateRecord).RequireAuthorization(Capabilities.Cataloguing)
            .Accepts<object>("application/json", MarcBodies.MarcXml, MarcBodies.Iso2709).WithSummary("Create a record (MARC-in-JSON, MARCXML or ISO 2709 body).");
        records.MapPut("/{id:long}", ReplaceRecord).RequireAuthorization(Capabilities.Cataloguing)
            .Accepts<object>("application/json", MarcBodies.MarcXml, MarcBodies.Iso2709).WithSummary("Replace a record; If-Match: \"version\" guards against lost updates.");
        records.MapDelete("/{id:long}", DeleteRecord).RequireAuthorization(Capabilities.Cataloguing).WithSummary("Delete a record (kept as a tombstone for the network).");
        return records;
    }

    private static async Task<Results<Ok<ResultPage<RecordSummaryView>>, ValidationProblem>> ListRecords(
        IDbContextFactory<ThuVienDb> databases, CancellationToken cancellationToken,
        int page = 1, int size = 20, string? contentType = null, string? language = null, int? year = null,
        string? isbn = null, DateTime? updatedSince = null, bool includeDeleted = false)
    {
        if (page < 1 || size < 1 || size > MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [page < 1 ? "page" : "size"] = [page < 1 ? "must be 1 or more" : $"must be between 1 and {MaxPageSize}"],
            });
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var query = db.Records.AsNoTracking();
        query = includeDeleted ? query : query.Where(r => !r.Deleted);
        query = contentType is null ? query : query.Where(r => r.ContentType == contentType);
        query = language is null ? query : query.Where(r => r.Language == language);
        query = year is null ? query : query.Where(r => r.Year == year);
        query = updatedSince is null ? query : query.Where(r => r.UpdatedAt >= updatedSince.Value.ToUniversalTime());
        if (isbn is not null && ThuVien.Marc.Identifiers.Isbn.TryParse(isbn, out var parsed) && parsed.Isbn13 is { } isbn13)
        {
            query = query.Where(r => r.Keys.Any(k => k.Kind == RecordKeyKind.Isbn && k.Value == isbn13));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ResultPage<RecordSummaryView>(total, page, size, [.. rows.Select(RecordSummaryView.From)]));
    }

    private static async Task<IResult> GetRecord(long id, HttpRequest request, IDbContextFactory<ThuVienDb> databases, CancellationToken cancellationToken, string? format = null)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var row = await db.Records.AsNoTracking().Include(r => r.Items).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (row is null)
        {
            return Problems.NotFound($"no record {id}");
        }

        if (row.Deleted)
        {
            return Problems.Gone($"record {id} was deleted");
        }

        var record = row.ToMarcWithItems();
        request.HttpContext.Response.Headers.ETag = $"\"{row.Version}\"";
        return Negotiate(request, format) switch
        {
            MarcFormat.MarcXml => TypedResults.Bytes(MarcBodies.Write(record, MarcFormat.MarcXml), MarcBodies.MarcXml),
            MarcFormat.Iso2709 => TypedResults.Bytes(MarcBodies.Write(record, MarcFormat.Iso2709), MarcBodies.Iso2709),
            _ => TypedResults.Ok(new RecordView(row.Id, row.Title, row.MainAuthor, row.Year, row.Isbns?.Split(' ') ?? [], row.Issn, row.Language,
                row.ContentType, row.ControlNumber, row.Version, row.CreatedAt, row.UpdatedAt, MarcBodies.ToJson(record),
                [.. row.Items.OrderBy(i => i.Barcode, StringComparer.Ordinal).Select(ItemView.From)])),
        };
    }

    private static async Task<IResult> CreateRecord(HttpRequest request, ClaimsPrincipal user, RecordWrites writes, CancellationToken cancellationToken)
    {
        var (record, errors) = await MarcBodies.ReadAsync(request, cancellationToken);
        if (record is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The record is not valid MARC21");
        }

        var result = await writes.CreateAsync(record, SignedInAccount.ActorOf(user), cancellationToken);
        return result.Value is { } row
            ? TypedResults.Created($"/api/v1/records/{row.Id}", RecordSummaryView.From(row))
            : Problems.From(result.Status, result.Reason);
    }

    private static async Task<IResult> ReplaceRecord(long id, HttpRequest request, ClaimsPrincipal user, RecordWrites writes, CancellationToken cancellationToken)
    {
        var (record, errors) = await MarcBodies.ReadAsync(request, cancellationToken);
        if (record is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The record is not valid MARC21");
        }

        var result = await writes.ReplaceAsync(id, record, Problems.IfMatchVersion(request), SignedInAccount.ActorOf(user), cancellationToken);
        return result.Value is { } row ? TypedResults.Ok(RecordSummaryView.From(row)) : Problems.From(result.Status, result.Reason);
    }

    private static async Task<IResult> DeleteRecord(long id, HttpRequest request, ClaimsPrincipal user, RecordWrites writes, CancellationToken cancellationToken)
    {
        var result = await writes.DeleteAsync(id, Problems.IfMatchVersion(request), SignedInAccount.ActorOf(user), cancellationToken);
        return result.Status == WriteStatus.Done ? TypedResults.NoContent() : Problems.From(result.Status, result.Reason);
    }

    private static MarcFormat Negotiate(HttpRequest request, string? format)
    {
        var wanted = format?.ToLowerInvariant() switch
        {
            "marcxml" or "xml" => MarcFormat.MarcXml,
            "iso2709" or "mrc" or "marc" => MarcFormat.Iso2709,
            "json" => MarcFormat.MarcJson,
            _ => (MarcFormat?)null,
        };
        if (wanted is { } chosen)
        {
            return chosen;
        }

        var accept = request.Headers.Accept.ToString();
        return accept.Contains(MarcBodies.MarcXml, StringComparison.OrdinalIgnoreCase) || accept.Contains("application/xml", StringComparison.OrdinalIgnoreCase)
            ? MarcFormat.MarcXml
            : accept.Contains(MarcBodies.Iso2709, StringComparison.OrdinalIgnoreCase) ? MarcFormat.Iso2709 : MarcFormat.MarcJson;
    }
}
