using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace ThuVien.Web;

/// <summary>
/// Turns a body that cannot be bound (malformed JSON, an unknown field, too large) into a problem
/// details answer that says why, instead of a bare 400 or a 500.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        var reason = bad.InnerException?.Message ?? bad.Message;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = bad.StatusCode, Title = bad.StatusCode == 413 ? "Body too large" : "Bad request", Detail = reason },
            Exception = exception,
        });
    }
}
