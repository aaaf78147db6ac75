namespace ThuVien.Catalog.Import;

/// <summary>
/// How an incoming record finds the stored record it updates. Whatever the mode (except None), a
/// record with no control number, ISBN or ISSN is found by its content fingerprint, so importing the
/// same file twice changes nothing.
/// </summary>
internal enum MatchMode
{
    /// <summary>Never match: every record is created (duplicates are the caller's choice).</summary>
    None,

    /// <summary>Same 001 and 003 (003 absent on both counts as the same).</summary>
    Control,

    /// <summary>A shared ISBN (as ISBN-13) or the same ISSN.</summary>
    Isbn,

    /// <summary>Control number first, then ISBN/ISSN (the default).</summary>
    Both,
}
