namespace ThuVien.Marc.Tests.Support;

/// <summary>How <see cref="XmlEquivalence"/> and <see cref="JsonEquivalence"/> take the expected text.</summary>
internal enum TextForm
{
    /// <summary>Code point for code point.</summary>
    Exact,

    /// <summary>
    /// The expected text in Unicode Normalization Form C. For other tools' output of MARC-8 records: yaz writes
    /// each MARC-8 diacritic as a combining character after its letter (NFD-like), while ThuVien's MARC-8
    /// decoder writes NFC, as the catalogue stores it. The two are canonically equivalent (UAX #15).
    /// </summary>
    ExpectedAsNfc,
}
