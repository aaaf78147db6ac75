using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using AccountUser = ThuVien.Accounts.Account;

namespace ThuVien.Web.Opac.Pages.Account;

/// <summary>/account/signout: a POST (with its anti-forgery token) signs out; a GET only asks, so a link or image elsewhere cannot sign anyone out.</summary>
internal sealed class SignOutModel(SignInManager<AccountUser> signIns) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIns.SignOutAsync();
        return Redirect("/");
    }
}
