using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Accounts;

/// <summary>Opens an account with its roles, all or nothing, under the password rules.</summary>
internal sealed class CreateAccount(ThuVienDb db, UserManager<Account> users, TimeProvider clock)
{
    public async Task<AccountResult<Account>> RunAsync(NewAccount request, CancellationToken cancellationToken)
    {
        var errors = new List<AccountError>();
        var roles = new List<string>();
        foreach (var name in request.Roles)
        {
            if (Roles.Named(name) is { } role)
            {
                roles.Add(role);
            }
            else
            {
                errors.Add(new AccountError("roles", "UnknownRole", $"'{name}' is not a role (roles: {string.Join(", ", Roles.All)})"));
            }
        }

        var email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();
        if (email is not null && !MailAddress.TryCreate(email, out _))
        {
            errors.Add(new AccountError("email", "InvalidEmail", $"'{email}' is not an e-mail address"));
        }

        if (errors.Count > 0)
        {
            return AccountResult<Account>.Refused(AccountRefusal.Invalid, errors);
        }

        // One transaction for the account and its roles; joins the caller's when there is one (the setup link).
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            var account = new Account { UserName = request.UserName?.Trim() ?? "", Email = email, CreatedAt = clock.GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(account, request.Password ?? "");
            if (!created.Succeeded)
            {
                return IdentityErrors.Refusal<Account>(created);
            }

            if (roles.Count > 0 && await users.AddToRolesAsync(account, roles.Distinct()) is { Succeeded: false } added)
            {
                return IdentityErrors.Refusal<Account>(added);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return AccountResult<Account>.Done(account);
        }
    }
}
