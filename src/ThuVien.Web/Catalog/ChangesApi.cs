using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Web.Catalog;

/// <summary>/api/v1/changes: the change log from a sequence number on, for indexers and peers.</summary>
internal static class ChangesApi
{
    private const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapChangesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/changes", ReadChanges).WithTags("Changes")
            .WithSummary("Changes with sequence greater than ?since (default 0), oldest first; continue with ?since=next.");
        return routes;
    }

    private static async Task<Results<Ok<ChangesView>, ValidationProblem>> ReadChanges(IDbContextFactory<ThuVienDb> databases, CancellationToken cancellationToken, long since = 0, int limit = 100)
    {
        if (since < 0 || limit < 1 || limit > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [since < 0 ? "since" : "limit"] = [since < 0 ? "must be 0 or more" : $"must be between 1 and {MaxLimit}"],
            });
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var changes = await db.Changes.AsNoTracking().Where(c => c.Sequence > since).OrderBy(c => c.Sequence).Take(limit).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ChangesView([.. changes.Select(ChangeView.From)], changes.Count == 0 ? since : changes[^1].Sequence));
    }
}
