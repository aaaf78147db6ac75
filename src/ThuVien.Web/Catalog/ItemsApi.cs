using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ThuVien.Accounts;
using ThuVien.Catalog;
using ThuVien.Storage;
using ThuVien.Web.Accounts;

namespace ThuVien.Web.Catalog;

/// <summary>Items: a record's copies, lookup by barcode, create, replace, delete.</summary>
internal static class ItemsApi
{
    public static IEndpointRouteBuilder MapItemsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/records/{id:long}/items", ListRecordItems).WithTags("Items").WithSummary("The copies of a record.");
        routes.MapPost("/api/v1/records/{id:long}/items", AddItem).WithTags("Items").RequireAuthorization(Capabilities.Cataloguing).WithSummary("Add a copy; 409 when the barcode is taken.");
        var items = routes.MapGroup("/api/v1/items").WithTags("Items");
        items.MapGet("/", FindByBarcode).WithSummary("Find a copy by barcode: ?barcode=…");
        items.MapGet("/{id:long}", GetItem).WithSummary("One copy.");
        items.MapPut("/{id:long}", ReplaceItem).RequireAuthorization(Capabilities.Cataloguing).WithSummary("Replace a copy; If-Match: \"version\" guards against lost updates.");
        items.MapDelete("/{id:long}", DeleteItem).RequireAuthorization(Capabilities.Cataloguing).WithSummary("Remove a copy.");
        return routes;
    }

    private static async Task<IResult> ListRecordItems(long id, IDbContextFactory<ThuVienDb> databases, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (!await db.Records.AnyAsync(r => r.Id == id && !r.Deleted, cancellationToken))
        {
            return Problems.NotFound($"no record {id}");
        }

        var items = await db.Items.AsNoTracking().Where(i => i.RecordId == id).OrderBy(i => i.Barcode).ToListAsync(cancellationToken);
        return TypedResults.Ok(items.Select(ItemView.From).ToList());
    }

    private static async Task<IResult> FindByBarcode(string? barcode, IDbContextFactory<ThuVienDb> databases, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(barcode))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["barcode"] = ["is required"] });
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Barcode == barcode.Trim(), cancellationToken);
        return item is null ? Problems.NotFound($"no item with barcode {barcode}") : TypedResults.Ok(ItemView.From(item));
    }

    private static async Task<IResult> GetItem(long id, IDbContextFactory<ThuVienDb> databases, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return item is null ? Problems.NotFound($"no item {id}") : TypedResults.Ok(ItemView.From(item));
    }

    private static async Task<IResult> AddItem(long id, ItemBody body, ClaimsPrincipal user, ItemWrites writes, CancellationToken cancellationToken)
    {
        var (data, errors) = body.Validate();
        if (data is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await writes.AddAsync(id, data, SignedInAccount.ActorOf(user), cancellationToken);
        return result.Value is { } item ? TypedResults.Created($"/api/v1/items/{item.Id}", ItemView.From(item)) : Problems.From(result.Status, result.Reason);
    }

    private static async Task<IResult> ReplaceItem(long id, ItemBody body, HttpRequest request, ClaimsPrincipal user, ItemWrites writes, CancellationToken cancellationToken)
    {
        var (data, errors) = body.Validate();
        if (data is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await writes.UpdateAsync(id, data, Problems.IfMatchVersion(request), SignedInAccount.ActorOf(user), cancellationToken);
        return result.Value is { } item ? TypedResults.Ok(ItemView.From(item)) : Problems.From(result.Status, result.Reason);
    }

    private static async Task<IResult> DeleteItem(long id, ClaimsPrincipal user, ItemWrites writes, CancellationToken cancellationToken)
    {
        var result = await writes.DeleteAsync(id, SignedInAccount.ActorOf(user), cancellationToken);
        return result.Status == WriteStatus.Done ? TypedResults.NoContent() : Problems.From(result.Status, result.Reason);
    }
}
