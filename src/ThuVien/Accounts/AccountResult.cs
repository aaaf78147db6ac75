namespace ThuVien.Accounts;

/// <summary>
/// How an account operation ended: a value, or a refusal with a stable reason code (see
/// <see cref="AccountRefusal"/>) and the errors by field. Refusals are values, never exceptions.
/// </summary>
internal sealed record AccountResult<T>(T? Value, string? Refusal, IReadOnlyList<AccountError> Errors)
{
    public bool Succeeded => Refusal is null;

    public static AccountResult<T> Done(T value) => new(value, null, []);

    public static AccountResult<T> Refused(string refusal, string field, string code, string message) => new(default, refusal, [new AccountError(field, code, message)]);

    public static AccountResult<T> Refused(string refusal, IReadOnlyList<AccountError> errors) => new(default, refusal, errors);

    public AccountResult<TOther> As<TOther>() => new(default, Refusal, Errors);
}
