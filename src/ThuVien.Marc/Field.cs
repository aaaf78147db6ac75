namespace ThuVien.Marc;

/// <summary>A variable field of a record: either a <see cref="ControlField"/> or a <see cref="DataField"/>.</summary>
public abstract class Field
{
    private protected Field(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        Tag = tag;
    }

    /// <summary>The three-character tag ("245"). Usually digits, but local tags such as "CAT" occur.</summary>
    public string Tag { get; }

    /// <summary>True for tags 001-009 (control fields in MARC21).</summary>
    public static bool IsControlTag(string tag) =>
        tag is ['0', '0', >= '0' and <= '9'];
}
