using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThuVien.Accounts;
using ThuVien.Web.Accounts;
using AccountUser = ThuVien.Accounts.Account;

namespace ThuVien.Web.Opac.Pages.Account;

/// <summary>/account: the signed-in person's roles and access tokens; make a token (its secret shown once) or revoke one.</summary>
[Authorize(Policy = Capabilities.SignedIn)]
internal sealed class AccountPageModel(UserManager<AccountUser> users, AccessTokens tokens, TimeProvider clock) : PageModel
{
    public string UserName { get; private set; } = "";

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public IReadOnlyList<AccessToken> Tokens { get; private set; } = [];

    public DateTime Now { get; private set; }

    /// <summary>The token just made, with its secret: shown in this answer only.</summary>
    public IssuedToken? Issued { get; private set; }

    /// <summary>The text key of why the new token was refused, if it was.</summary>
    public string? TokenError { get; private set; }

    [BindProperty]
    public string? TokenName { get; set; }

    [BindProperty]
    public int? ExpiresInDays { get; set; } = AccessTokens.DefaultDays;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(User) is not { } id)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            TokenError = "Account.TokenDaysInvalid";
            return await ShowAsync(cancellationToken);
        }

        var result = await tokens.IssueAsync(id, TokenName, ExpiresInDays, cancellationToken);
        Issued = result.Value;
        TokenError = (result.Errors.Count > 0 ? result.Errors[0].Code : null) switch
        {
            null => null,
            "InvalidExpiry" => "Account.TokenDaysInvalid",
            _ => "Account.TokenNameInvalid",
        };
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(User) is not { } accountId)
        {
            return Challenge();
        }

        await tokens.RevokeAsync(accountId, id, cancellationToken);
        return Redirect("/account");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        UserName = account.UserName ?? "";
        var roles = await users.GetRolesAsync(account);
        Roles = [.. ThuVien.Accounts.Roles.All.Where(roles.Contains)];
        Tokens = await tokens.ListAsync(account.Id, cancellationToken);
        Now = clock.GetUtcNow().UtcDateTime;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
