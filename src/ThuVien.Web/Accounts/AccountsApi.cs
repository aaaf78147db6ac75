using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThuVien.Accounts;

namespace ThuVien.Web.Accounts;

/// <summary>/api/v1/accounts: administrators open accounts, set their roles, lock and unlock them.</summary>
internal static class AccountsApi
{
    private const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var accounts = routes.MapGroup("/api/v1/accounts").WithTags("Accounts").RequireAuthorization(Capabilities.Administration);
        accounts.MapGet("/", ListAccounts).WithSummary("Accounts by user name, with roles and lock state.");
        accounts.MapGet("/{id:long}", GetAccount).WithSummary("One account.");
        accounts.MapPost("/", CreateAccount).WithSummary("Open an account with a password and roles (Admin, Cataloguer, Circulation, Reader).");
        accounts.MapPut("/{id:long}/roles", SetRoles).WithSummary("Replace an account's roles; the last administrator keeps Admin.");
        accounts.MapPost("/{id:long}/lock", Lock).WithSummary("Lock an account until unlocked: its cookies and tokens stop working.");
        accounts.MapPost("/{id:long}/unlock", Unlock).WithSummary("Unlock an account, also one locked by wrong passwords.");
        return routes;
    }

    private static async Task<IResult> ListAccounts(AccountDirectory directory, TimeProvider clock, CancellationToken cancellationToken, int page = 1, int size = 50)
    {
        if (page < 1 || size < 1 || size > MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [page < 1 ? "page" : "size"] = [page < 1 ? "must be 1 or more" : $"must be between 1 and {MaxPageSize}"],
            });
        }

        var (total, accounts) = await directory.ListAsync(page, size, cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(new Catalog.ResultPage<AccountView>(total, page, size, [.. accounts.Select(a => AccountView.From(a, now))]));
    }

    private static async Task<IResult> GetAccount(long id, AccountDirectory directory, TimeProvider clock, CancellationToken cancellationToken) =>
        await directory.FindAsync(id, cancellationToken) is { } account
            ? TypedResults.Ok(AccountView.From(account, clock.GetUtcNow()))
            : Problems.NotFound($"no account {id}");

    private static async Task<IResult> CreateAccount(AccountRequest body, ThuVien.Accounts.CreateAccount create, AccountDirectory directory, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await create.RunAsync(new NewAccount(body.UserName, body.Email, body.Password, body.Roles ?? []), cancellationToken);
        if (result.Value is not { } account)
        {
            return AccountProblems.From(result);
        }

        var view = AccountView.From((await directory.FindAsync(account.Id, cancellationToken))!, clock.GetUtcNow());
        return TypedResults.Created($"/api/v1/accounts/{account.Id}", view);
    }

    private static Task<IResult> SetRoles(long id, RolesRequest body, ChangeAccount change, AccountDirectory directory, TimeProvider clock, CancellationToken cancellationToken) =>
        AnswerAsync(change.SetRolesAsync(id, body.Roles ?? [], cancellationToken), directory, clock, cancellationToken);

    private static Task<IResult> Lock(long id, ChangeAccount change, AccountDirectory directory, TimeProvider clock, CancellationToken cancellationToken) =>
        AnswerAsync(change.LockAsync(id, cancellationToken), directory, clock, cancellationToken);

    private static Task<IResult> Unlock(long id, ChangeAccount change, AccountDirectory directory, TimeProvider clock, CancellationToken cancellationToken) =>
        AnswerAsync(change.UnlockAsync(id), directory, clock, cancellationToken);

    private static async Task<IResult> AnswerAsync(Task<AccountResult<Account>> change, AccountDirectory directory, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await change;
        return result.Value is { } account && await directory.FindAsync(account.Id, cancellationToken) is { } summary
            ? TypedResults.Ok(AccountView.From(summary, clock.GetUtcNow()))
            : AccountProblems.From(result);
    }
}
