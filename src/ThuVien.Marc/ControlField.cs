namespace ThuVien.Marc;

/// <summary>A control field (001-009): a tag and a value, no indicators or subfields.</summary>
public sealed class ControlField : Field
{
    /// <summary>Creates a control field.</summary>
    public ControlField(string tag, string value) : base(tag)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The field's value.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Tag} {Value}";
}
