using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Web;

/// <summary>/api/v1/node: who this node is in the network.</summary>
internal static class NodeApi
{
    public static IEndpointRouteBuilder MapNodeApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/node", DescribeNode).WithTags("Node").WithSummary("The node's library code, name, base URL and role.");
        return routes;
    }

    private static async Task<IResult> DescribeNode(IDbContextFactory<ThuVienDb> databases, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var node = await db.Node.AsNoTracking().SingleAsync(cancellationToken);
        return TypedResults.Ok(new { libraryCode = node.LibraryCode, name = node.Name, baseUrl = node.BaseUrl, role = node.Role.ToString().ToLowerInvariant() });
    }
}
