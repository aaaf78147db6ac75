namespace ThuVien.Web.Accounts;

/// <summary>POST /api/v1/account/tokens: a name saying where the token is used, and how many days it lasts.</summary>
internal sealed record TokenRequest(string? Name, int? ExpiresInDays);

/// <summary>POST /api/v1/account/signin: a password exchanged for a new access token.</summary>
internal sealed record SignInRequest(string? UserName, string? Password, string? TokenName, int? ExpiresInDays);

/// <summary>POST /api/v1/accounts: a new account and its roles.</summary>
internal sealed record AccountRequest(string? UserName, string? Email, string? Password, IReadOnlyList<string>? Roles);

/// <summary>PUT /api/v1/accounts/{id}/roles: the account's roles from now on.</summary>
internal sealed record RolesRequest(IReadOnlyList<string>? Roles);
