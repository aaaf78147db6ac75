using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using AccountUser = ThuVien.Accounts.Account;

namespace ThuVien.Web.Opac.Pages.Account;

/// <summary>
/// /account/signin: user name and password for the account cookie. Five wrong passwords lock the
/// account for 15 minutes; the return address is followed only when it is a path on this site.
/// </summary>
internal sealed class SignInModel(SignInManager<AccountUser> signIns) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public bool Remember { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The text key of what went wrong, if anything.</summary>
    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "Account.SignInMissing";
            return Page();
        }

        var result = await signIns.PasswordSignInAsync(UserName.Trim(), Password, Remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Redirect(Destination(ReturnUrl));
        }

        Error = result.IsLockedOut ? "Account.LockedOut" : "Account.SignInFailed";
        return Page();
    }

    /// <summary>Where to go once signed in: the return address when it is local, else the account page.</summary>
    internal static string Destination(string? returnUrl) => LanguageSwitch.IsLocal(returnUrl) ? returnUrl! : "/account";
}
