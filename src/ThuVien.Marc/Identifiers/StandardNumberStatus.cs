namespace ThuVien.Marc.Identifiers;

/// <summary>What parsing an ISBN or ISSN found. Invalid numbers are reported with a status, never thrown.</summary>
public enum StandardNumberStatus
{
    /// <summary>No number was found (the default of an uninitialised value).</summary>
    Empty,

    /// <summary>A well-formed number whose check digit is right.</summary>
    Valid,

    /// <summary>The digits found are too few or too many for this kind of number.</summary>
    WrongLength,

    /// <summary>Thirteen digits that do not start with an ISBN prefix (978 or 979).</summary>
    InvalidPrefix,

    /// <summary>The length is right but the check digit does not match the other digits.</summary>
    InvalidCheckDigit,
}
