using Microsoft.AspNetCore.Identity;

namespace ThuVien.Accounts;

/// <summary>Identity's errors as account errors: each put under the field it concerns, with its refusal code.</summary>
internal static class IdentityErrors
{
    public static AccountResult<T> Refusal<T>(IdentityResult result)
    {
        var errors = result.Errors.Select(e => new AccountError(FieldOf(e.Code), e.Code, e.Description)).ToList();
        var refusal = errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? AccountRefusal.WeakPassword
            : errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail") ? AccountRefusal.NameTaken
            : AccountRefusal.Invalid;
        return AccountResult<T>.Refused(refusal, errors);
    }

    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : code.Contains("Email", StringComparison.Ordinal) ? "email"
        : code.Contains("UserName", StringComparison.Ordinal) ? "userName"
        : code.Contains("Role", StringComparison.Ordinal) ? "roles"
        : "account";
}
