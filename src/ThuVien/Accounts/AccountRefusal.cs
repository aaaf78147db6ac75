namespace ThuVien.Accounts;

/// <summary>The reason codes of refused account operations, stable for API clients and tests.</summary>
internal static class AccountRefusal
{
    /// <summary>A field is missing or malformed (user name, e-mail, role, token name, expiry).</summary>
    public const string Invalid = "invalid";

    /// <summary>The password breaks the password rules (too short, too common).</summary>
    public const string WeakPassword = "weak_password";

    public const string NameTaken = "name_taken";

    public const string NotFound = "not_found";

    /// <summary>The change would leave the node without an administrator who can sign in.</summary>
    public const string LastAdmin = "last_admin";

    /// <summary>The setup link is wrong, used, expired, or the node already has accounts.</summary>
    public const string SetupClosed = "setup_closed";
}
