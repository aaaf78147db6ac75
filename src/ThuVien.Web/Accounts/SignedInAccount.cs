using System.Globalization;
using System.Security.Claims;
using ThuVien.Audit;

namespace ThuVien.Web.Accounts;

/// <summary>The account id a signed-in principal carries (Identity puts it in the name identifier claim).</summary>
internal static class SignedInAccount
{
    public static long? IdOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>Who is acting, for the audit log.</summary>
    public static Actor ActorOf(ClaimsPrincipal user) => new(IdOf(user), user.Identity?.Name ?? "unknown");

    /// <summary>The id of the access token the request came with, if it came with one.</summary>
    public static long? TokenIdOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(AccessTokenAuthentication.TokenClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
