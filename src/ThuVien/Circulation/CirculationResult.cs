namespace ThuVien.Circulation;

/// <summary>The outcome of a circulation operation: a value when done, otherwise the refusal.</summary>
internal sealed record CirculationResult<T>(T? Value, Refusal? Refusal)
{
    public bool IsDone => Refusal is null;

    public RefusalReason? Reason => Refusal?.Reason;

    public static CirculationResult<T> Done(T value) => new(value, null);

    public static CirculationResult<T> Refused(RefusalReason reason, string detail) => new(default, new Refusal(reason, detail));

    public CirculationResult<TOther> Cast<TOther>() => Refusal is null
        ? throw new InvalidOperationException("Only a refusal can change its value type.")
        : new(default, Refusal);
}
