using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using ThuVien.Accounts;

namespace ThuVien.Web.Accounts;

/// <summary>/api/v1/account: the caller's own account and access tokens, and a password exchanged for a token.</summary>
internal static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder routes)
    {
        var account = routes.MapGroup("/api/v1/account").WithTags("Account");
        account.MapGet("/", Describe).RequireAuthorization(Capabilities.SignedIn).WithSummary("Who the caller is: account, roles, and how it authenticated.");
        account.MapPost("/signin", SignIn).AllowAnonymous()
            .WithSummary("Exchange a user name and password for a new access token (shown once). Five wrong passwords lock the account for 15 minutes.");
        account.MapGet("/tokens", ListTokens).RequireAuthorization(Capabilities.SignedIn).WithSummary("The caller's access tokens (never their secrets).");
        account.MapPost("/tokens", IssueToken).RequireAuthorization(Capabilities.SignedIn).WithSummary("Issue an access token; its secret is in this answer only.");
        account.MapDelete("/tokens/{id:long}", RevokeToken).RequireAuthorization(Capabilities.SignedIn).WithSummary("Revoke one of the caller's access tokens.");
        return routes;
    }

    private static async Task<IResult> Describe(ClaimsPrincipal user, UserManager<Account> users)
    {
        var account = await users.GetUserAsync(user);
        if (account is null)
        {
            return TypedResults.Unauthorized();
        }

        var roles = await users.GetRolesAsync(account);
        var how = SignedInAccount.TokenIdOf(user) is null ? "cookie" : "token";
        return TypedResults.Ok(new CallerView(account.Id, account.UserName ?? "", account.Email, [.. roles.OrderBy(r => Roles.All.ToList().IndexOf(r))], how));
    }

    private static async Task<IResult> SignIn(SignInRequest body, UserManager<Account> users, SignInManager<Account> signIns, AccessTokens tokens, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrEmpty(body.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [string.IsNullOrWhiteSpace(body.UserName) ? "userName" : "password"] = ["is required"],
            });
        }

        var account = await users.FindByNameAsync(body.UserName.Trim());
        var outcome = account is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIns.CheckPasswordSignInAsync(account, body.Password, lockoutOnFailure: true);
        if (outcome.IsLockedOut)
        {
            return TypedResults.Problem("the account is locked: too many wrong passwords (it unlocks after 15 minutes) or locked by an administrator",
                statusCode: StatusCodes.Status401Unauthorized, title: "Locked", extensions: new Dictionary<string, object?> { ["reason"] = "locked_out" });
        }

        if (!outcome.Succeeded || account is null)
        {
            return TypedResults.Problem("the user name or the password is wrong", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in",
                extensions: new Dictionary<string, object?> { ["reason"] = "bad_credentials" });
        }

        var issued = await tokens.IssueAsync(account.Id, body.TokenName ?? "API sign-in", body.ExpiresInDays, cancellationToken);
        return issued.Value is { } token
            ? TypedResults.Created($"/api/v1/account/tokens/{token.Token.Id}", IssuedTokenView.From(token))
            : AccountProblems.From(issued);
    }

    private static async Task<IResult> ListTokens(ClaimsPrincipal user, AccessTokens tokens, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var list = await tokens.ListAsync(SignedInAccount.IdOf(user) ?? 0, cancellationToken);
        return TypedResults.Ok(list.Select(t => TokenView.From(t, now)).ToList());
    }

    private static async Task<IResult> IssueToken(TokenRequest body, ClaimsPrincipal user, AccessTokens tokens, CancellationToken cancellationToken)
    {
        var issued = await tokens.IssueAsync(SignedInAccount.IdOf(user) ?? 0, body.Name, body.ExpiresInDays, cancellationToken);
        return issued.Value is { } token
            ? TypedResults.Created($"/api/v1/account/tokens/{token.Token.Id}", IssuedTokenView.From(token))
            : AccountProblems.From(issued);
    }

    private static async Task<IResult> RevokeToken(long id, ClaimsPrincipal user, AccessTokens tokens, CancellationToken cancellationToken) =>
        await tokens.RevokeAsync(SignedInAccount.IdOf(user) ?? 0, id, cancellationToken)
            ? TypedResults.NoContent()
            : Problems.NotFound($"you have no token {id}");
}
