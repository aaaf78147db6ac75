using Microsoft.AspNetCore.Http;
using ThuVien.Catalog;

namespace ThuVien.Web;

/// <summary>RFC 9457 problem details for the catalogue's refusals.</summary>
internal static class Problems
{
    public static IResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Gone(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status410Gone, title: "Deleted");

    public static IResult From(WriteStatus status, string? reason) => status switch
    {
        WriteStatus.NotFound => NotFound(reason ?? "not found"),
        WriteStatus.Gone => Gone(reason ?? "deleted"),
        WriteStatus.Conflict => TypedResults.Problem(reason, statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
        WriteStatus.VersionMismatch => TypedResults.Problem(reason, statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed by someone else"),
        _ => TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "Invalid"),
    };

    /// <summary>The version in an If-Match header ("3" or 3), or null when absent.</summary>
    public static int? IfMatchVersion(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim().Trim('"');
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : null;
    }
}
