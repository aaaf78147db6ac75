using Microsoft.AspNetCore.Mvc.Filters;

namespace ThuVien.Web.Opac;

/// <summary>
/// Headers on every OPAC page. The content security policy allows only this site's own stylesheet and
/// script, so even a record whose text slipped past encoding could not run script or load from elsewhere.
/// </summary>
internal sealed class OpacHeaders : IAsyncAlwaysRunResultFilter
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        return next();
    }
}
