using Microsoft.AspNetCore.Http;
using ThuVien.Accounts;

namespace ThuVien.Web.Accounts;

/// <summary>RFC 9457 problem details for refused account operations, each with its stable "reason".</summary>
internal static class AccountProblems
{
    public static IResult From<T>(AccountResult<T> result)
    {
        var reason = result.Refusal ?? AccountRefusal.Invalid;
        var extensions = new Dictionary<string, object?> { ["reason"] = reason };
        var detail = string.Join("; ", result.Errors.Select(e => e.Message));
        return reason switch
        {
            AccountRefusal.NotFound => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found", extensions: extensions),
            AccountRefusal.NameTaken => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Name taken", extensions: extensions),
            AccountRefusal.LastAdmin => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Last administrator", extensions: extensions),
            _ => TypedResults.ValidationProblem(
                result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                detail, title: reason == AccountRefusal.WeakPassword ? "The password is too weak" : "Invalid", extensions: extensions),
        };
    }
}
