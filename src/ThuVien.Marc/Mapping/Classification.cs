namespace ThuVien.Marc.Mapping;

/// <summary>Class numbers from the classification fields 050, 060, 080 and 082.</summary>
internal static class Classification
{
    /// <summary>An LC (050) or NLM (060) call number: the first classification number ($a) and item number ($b).</summary>
    public static string? CallNumber(DataField field)
    {
        var number = field['a'] is { } a ? SubfieldText.Clean(a) : null;
        var item = field['b'] is { } b ? SubfieldText.Clean(b) : null;
        return (number, item) switch
        {
            (null, _) => null,
            (_, null) => number,
            _ => $"{number} {item}",
        };
    }

    /// <summary>
    /// A Dewey number without its segmentation marks: "813/.54" → "813.54". The slash and prime
    /// only show where the number may be cut (MARC 21 Bibliographic 082 $a).
    /// </summary>
    public static string? Dewey(string value)
    {
        var text = value.Contains('/', StringComparison.Ordinal) || value.Contains('\'', StringComparison.Ordinal)
            ? value.Replace("/", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal)
            : value;
        return SubfieldText.Clean(text);
    }
}
