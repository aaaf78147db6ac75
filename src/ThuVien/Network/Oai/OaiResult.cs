namespace ThuVien.Network.Oai;

/// <summary>A value, or the OAI-PMH errors that stand in its place: refusals are results, not exceptions.</summary>
internal sealed class OaiResult<T>
{
    private OaiResult(T? value, IReadOnlyList<OaiError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<OaiError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static OaiResult<T> Done(T value) => new(value, []);

    public static OaiResult<T> Failed(params OaiError[] errors) => new(default, errors);
}
