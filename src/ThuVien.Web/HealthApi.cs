using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Web;

/// <summary>/health: 200 only when the database answers and its migrations are current; 503 with the reason otherwise.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", CheckHealth).WithTags("Health").WithSummary("Is the node ready to serve?");
        return routes;
    }

    private static async Task<IResult> CheckHealth(IDbContextFactory<ThuVienDb> databases, IDatabaseProvider provider, CancellationToken cancellationToken)
    {
        var problem = await DatabaseState.ProblemAsync(databases, cancellationToken);
        return problem is null
            ? TypedResults.Ok(new { status = "ready", database = provider.Name })
            : TypedResults.Problem(problem, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready");
    }
}
