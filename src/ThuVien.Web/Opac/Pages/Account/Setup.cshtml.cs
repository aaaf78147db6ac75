using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThuVien.Accounts;
using AccountUser = ThuVien.Accounts.Account;

namespace ThuVien.Web.Opac.Pages.Account;

/// <summary>
/// /account/setup?code=…: the page of the link a node prints when it has no account. It creates the
/// first administrator and signs them in; a wrong, used or expired code is a 404 that says so.
/// </summary>
internal sealed class SetupModel(FirstAdmin firstAdmin, SignInManager<AccountUser> signIns) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? PasswordAgain { get; set; }

    public bool Open { get; private set; }

    public IReadOnlyList<AccountError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Open = await firstAdmin.IsOpenAsync(Code, cancellationToken);
        return Closed();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Password != PasswordAgain)
        {
            Open = await firstAdmin.IsOpenAsync(Code, cancellationToken);
            Errors = [new AccountError("password", "PasswordsDiffer", "the two passwords differ")];
            return Closed();
        }

        var result = await firstAdmin.CreateAsync(Code, new NewAccount(UserName, Email, Password, []), cancellationToken);
        if (result.Value is { } account)
        {
            await signIns.SignInAsync(account, isPersistent: false);
            return Redirect("/account");
        }

        Open = result.Refusal != AccountRefusal.SetupClosed;
        Errors = result.Errors;
        return Closed();
    }

    private PageResult Closed()
    {
        Response.Headers.CacheControl = "no-store";
        if (!Open)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
