using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ThuVien.Web.Opac.Pages.Account;

/// <summary>/account/denied: where a page sends a signed-in person whose roles do not allow it; answered 403.</summary>
internal sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
