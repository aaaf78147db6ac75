using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Accounts;

namespace ThuVien.Web.Accounts;

/// <summary>
/// Who is calling: a person signed in with the Identity cookie (pages), or an API client with a personal
/// access token (Authorization: Bearer). A policy scheme picks one per request; authorization policies
/// are named by capability (<see cref="Capabilities"/>).
/// </summary>
internal static class NodeAuthentication
{
    public const string PolicyScheme = "ThuVien";
    public const string CookieName = "thuvien.account";
    public const string SignInPath = "/account/signin";

    public static IServiceCollection AddNodeAuthentication(this IServiceCollection services, string dataDirectory)
    {
        // Cookies and anti-forgery tokens are sealed with keys kept beside the node's other state, so a
        // restart does not sign everyone out. Several instances behind a proxy share the data folder's keys.
        services.AddDataProtection().SetApplicationName("ThuVien").PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        new IdentityBuilder(typeof(Account), typeof(Microsoft.AspNetCore.Identity.IdentityRole<long>), services).AddSignInManager();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, "Account cookie or access token", policy => policy.ForwardDefaultSelector = Select)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthentication>(AccessTokenAuthentication.SchemeName, null)
            .AddCookie(IdentityConstants.ApplicationScheme, cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = SignInPath;
                cookie.LogoutPath = "/account/signout";
                cookie.AccessDeniedPath = "/account/denied";
                cookie.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync,
                    OnRedirectToLogin = context => AnswerApiOrRedirect(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => AnswerApiOrRedirect(context, StatusCodes.Status403Forbidden),
                };
            });

        var policies = services.AddAuthorizationBuilder()
            .AddPolicy(Capabilities.SignedIn, policy => policy.RequireAuthenticatedUser());
        foreach (var (capability, roles) in Capabilities.RolesFor)
        {
            policies.AddPolicy(capability, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }

        return services;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A token when the request carries an Authorization header, else the cookie. Writes through the API
    /// take only a token: a browser's cookie never writes through /api, so no other site can make a
    /// signed-in browser change the catalogue (cross-site request forgery); pages have anti-forgery tokens.
    /// </summary>
    private static string Select(HttpContext context)
    {
        if (context.Request.Headers.Authorization.Count > 0)
        {
            return AccessTokenAuthentication.SchemeName;
        }

        var method = context.Request.Method;
        var reads = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        return IsApi(context.Request) && !reads ? AccessTokenAuthentication.SchemeName : IdentityConstants.ApplicationScheme;
    }

    /// <summary>API callers get 401/403 (a client cannot follow a sign-in page); people get the page.</summary>
    private static Task AnswerApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
            }
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
