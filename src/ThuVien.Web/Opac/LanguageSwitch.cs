using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace ThuVien.Web.Opac;

/// <summary>/language/{culture}?returnUrl=…: remembers the reader's language for a year and goes back.</summary>
internal static class LanguageSwitch
{
    public static string Url(string culture, string returnUrl) => $"/language/{culture}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/language/{culture}", Switch).ExcludeFromDescription();

    private static RedirectHttpResult Switch(string culture, string? returnUrl, HttpContext context)
    {
        // An unknown language changes nothing; the reader is still sent back.
        if (OpacCultures.IsSupported(culture))
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    Path = "/",
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                });
        }

        return TypedResults.Redirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    /// <summary>
    /// A path on this site: "/…" but not "//host" nor "/\host", which browsers read as another host,
    /// and no control characters. Anything else would make the switch an open redirect.
    /// </summary>
    internal static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }

        if (url.Length > 1 && url[1] is '/' or '\\')
        {
            return false;
        }

        foreach (var c in url)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
