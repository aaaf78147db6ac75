using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Accounts;
using ThuVien.Cli.Node;
using ThuVien.Storage;

namespace ThuVien.Cli.Admin;

/// <summary>
/// `thuvien admin create --user NAME`: an administrator account from the shell, for the first start
/// (instead of the setup link serve prints) or when every administrator is locked out.
/// </summary>
internal static class AdminCommand
{
    public static Command Create()
    {
        var node = new NodeOptions();
        var user = new Option<string>("--user") { Description = "The user name to sign in with (letters, digits, - . _ @ +).", Required = true };
        var email = new Option<string?>("--email") { Description = "An e-mail address for the account (optional)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of asking for it." };
        var create = new Command("create", "Create an administrator account (role Admin).") { user, email, passwordStdin };
        node.AddTo(create);
        create.SetAction(async (parse, cancellationToken) => await CommandRun.GuardAsync(async () =>
        {
            var password = parse.GetValue(passwordStdin) ? PasswordInput.FromStdin() : PasswordInput.Prompt();
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddStorage(node.Settings(parse), NodeOptions.Providers).AddAccounts();
            await using var provider = services.BuildServiceProvider();
            await DatabaseState.MigrateAsync(provider.GetRequiredService<IDbContextFactory<ThuVienDb>>(), cancellationToken);
            await using var scope = provider.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<CreateAccount>()
                .RunAsync(new NewAccount(parse.GetValue(user), parse.GetValue(email), password, [Roles.Admin]), cancellationToken);
            if (result.Value is not { } account)
            {
                foreach (var error in result.Errors)
                {
                    Console.Error.WriteLine($"thuvien: {error.Field}: {error.Message}");
                }

                if (result.Refusal == AccountRefusal.WeakPassword)
                {
                    Console.Error.WriteLine("thuvien: a password needs at least 10 characters and must not be a common one; a phrase of a few words is easy to remember");
                }

                return 1;
            }

            Console.WriteLine($"Created administrator '{account.UserName}' (account {account.Id}). Sign in at /account/signin.");
            return 0;
        }));
        return new Command("admin", "Accounts from the shell.") { create };
    }
}
