namespace ThuVien.Accounts;

/// <summary>
/// What an account may do, named by capability rather than by role, so a route says what it needs
/// (`Cataloguing`) and the roles that grant it are decided here once. Each name is also the name of
/// the web host's authorization policy.
/// </summary>
internal static class Capabilities
{
    /// <summary>Any account that signed in, reader or staff.</summary>
    public const string SignedIn = "SignedIn";

    public const string Cataloguing = "Cataloguing";
    public const string Circulation = "Circulation";
    public const string Administration = "Administration";

    /// <summary>Each capability that needs a role, with the roles that grant it.</summary>
    public static IReadOnlyDictionary<string, string[]> RolesFor { get; } = new Dictionary<string, string[]>
    {
        [Cataloguing] = [Roles.Admin, Roles.Cataloguer],
        [Circulation] = [Roles.Admin, Roles.Circulation],
        [Administration] = [Roles.Admin],
    };
}
