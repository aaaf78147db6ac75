using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThuVien.Accounts;
using ThuVien.Audit;

namespace ThuVien.Web.Accounts;

/// <summary>/api/v1/audit: who changed what and when, with the entity before and after (administrators).</summary>
internal static class AuditApi
{
    private const int MaxPageSize = 200;
    private static readonly string[] EntityTypes = [AuditActions.Record, AuditActions.Item];

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/audit", ListEntries).WithTags("Audit").RequireAuthorization(Capabilities.Administration)
            .WithSummary("The audit log, newest first: ?entity=record|item&id=…&page=&size=.");
        return routes;
    }

    private static async Task<IResult> ListEntries(AuditLog log, CancellationToken cancellationToken, string? entity = null, long? id = null, int page = 1, int size = 50)
    {
        var errors = new Dictionary<string, string[]>();
        if (entity is not null && !EntityTypes.Contains(entity))
        {
            errors["entity"] = [$"must be one of {string.Join(", ", EntityTypes)}"];
        }

        if (page < 1)
        {
            errors["page"] = ["must be 1 or more"];
        }

        if (size < 1 || size > MaxPageSize)
        {
            errors["size"] = [$"must be between 1 and {MaxPageSize}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (total, entries) = await log.ListAsync(entity, id, page, size, cancellationToken);
        return TypedResults.Ok(new Catalog.ResultPage<AuditEntryView>(total, page, size, [.. entries.Select(AuditEntryView.From)]));
    }
}
