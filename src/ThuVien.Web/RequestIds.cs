using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ThuVien.Web;

/// <summary>Every request gets an id (the caller's X-Request-Id, or a new one) in its logs and its response.</summary>
internal static class RequestIds
{
    public const string Header = "X-Request-Id";

    public static async Task AssignAsync(HttpContext context, RequestDelegate next)
    {
        var id = context.Request.Headers[Header].FirstOrDefault() is { Length: > 0 and <= 100 } given ? given : context.TraceIdentifier;
        context.TraceIdentifier = id;
        context.Response.Headers[Header] = id;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ThuVien.Requests");
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = id }))
        {
            await next(context);
        }
    }
}
