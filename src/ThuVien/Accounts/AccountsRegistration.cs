using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ThuVien.Storage;

namespace ThuVien.Accounts;

/// <summary>The accounts part's one registration: Identity on the node's database, tokens, first administrator.</summary>
internal static class AccountsRegistration
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddIdentityCore<Account>(ApplyRules)
            .AddRoles<IdentityRole<long>>()
            .AddEntityFrameworkStores<ThuVienDb>()
            .AddPasswordValidator<PasswordScreen>();
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<AccountDirectory>();
        services.AddScoped<CreateAccount>();
        services.AddScoped<ChangeAccount>();
        services.AddScoped<FirstAdmin>();
        return services;
    }

    /// <summary>
    /// Passwords as NIST SP 800-63B suggests: at least 10 characters, no forced mix of character kinds
    /// (<see cref="PasswordScreen"/> refuses the common ones instead). Five wrong passwords lock the
    /// account for 15 minutes. User names are unique; e-mail is optional, so not unique.
    /// </summary>
    private static void ApplyRules(IdentityOptions options)
    {
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = false;
        options.SignIn.RequireConfirmedAccount = false;
        options.SignIn.RequireConfirmedEmail = false;
    }
}
