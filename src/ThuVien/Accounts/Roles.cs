namespace ThuVien.Accounts;

/// <summary>The roles an account may hold; staff may hold several (a small library's librarian does everything).</summary>
internal static class Roles
{
    public const string Admin = "Admin";
    public const string Cataloguer = "Cataloguer";
    public const string Circulation = "Circulation";
    public const string Reader = "Reader";

    public static IReadOnlyList<string> All { get; } = [Admin, Cataloguer, Circulation, Reader];

    /// <summary>The role's own spelling for a name given in any case; null when there is no such role.</summary>
    public static string? Named(string? name) => All.FirstOrDefault(role => string.Equals(role, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
