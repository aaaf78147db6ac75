namespace ThuVien.Accounts;

/// <summary>One reason an account operation was refused: the field it concerns, a stable code, and a message.</summary>
internal sealed record AccountError(string Field, string Code, string Message);
