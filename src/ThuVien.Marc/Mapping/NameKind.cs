namespace ThuVien.Marc.Mapping;

/// <summary>What a name field names, from its tag.</summary>
public enum NameKind
{
    /// <summary>X00: a person or a family.</summary>
    Person,

    /// <summary>X10: a corporate body or jurisdiction.</summary>
    Organization,

    /// <summary>X11: a meeting or conference.</summary>
    Meeting,

    /// <summary>720: a name not controlled by an authority file.</summary>
    Uncontrolled,
}
