namespace ThuVien.Marc;

/// <summary>One subfield of a data field: a one-character code and its value.</summary>
/// <param name="Code">The subfield code ('a', 'b', '6', …).</param>
/// <param name="Value">The subfield's text, in Unicode.</param>
public readonly record struct Subfield(char Code, string Value)
{
    /// <inheritdoc/>
    public override string ToString() => $"${Code}{Value}";
}
