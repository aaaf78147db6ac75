namespace ThuVien.Accounts;

/// <summary>What it takes to open an account; everything may be missing or wrong, and is checked.</summary>
internal sealed record NewAccount(string? UserName, string? Email, string? Password, IReadOnlyList<string> Roles);
