using Microsoft.AspNetCore.Identity;

namespace ThuVien.Accounts;

/// <summary>
/// NIST SP 800-63B §3.1.1.2: no composition rules, but refuse passwords that are commonly used or
/// taken from the context: a common word or the user name padded with digits ("matkhau2024",
/// "thuvien123", digits alone), one or two characters repeated, anything holding the user name.
/// </summary>
internal sealed class PasswordScreen : IPasswordValidator<Account>
{
    public const string Code = "PasswordTooCommon";

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "", "password", "passw0rd", "matkhau", "thuvien", "thuvienso", "library", "admin", "administrator", "qwerty",
        "qwertyuiop", "asdfghjkl", "zxcvbnm", "abc", "abcd", "abcdef", "abcdefgh", "abcdefghij", "iloveyou", "letmein",
        "welcome", "master", "dragon", "football", "baseball", "sunshine", "princess", "vietnam", "hanoi", "saigon",
        "anhyeuem", "emyeuanh", "hello", "changeme",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lowered = password.Trim().ToLowerInvariant();
        var letters = new string([.. lowered.Where(c => !char.IsDigit(c) && !char.IsPunctuation(c) && !char.IsWhiteSpace(c) && !char.IsSymbol(c))]);
        var userName = user.UserName?.Trim().ToLowerInvariant();
        var common = CommonWords.Contains(letters)
            || lowered.Distinct().Count() <= 2
            || (userName is { Length: >= 3 } && lowered.Contains(userName, StringComparison.Ordinal));
        return Task.FromResult(common
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = "The password is too common or too easy to guess: use a phrase of several words." })
            : IdentityResult.Success);
    }
}
