namespace ThuVien.Accounts;

/// <summary>A token just issued, with its secret: the only time the secret exists outside the client.</summary>
internal sealed record IssuedToken(AccessToken Token, string Secret);
