namespace ThuVien.Catalog.Demo;

/// <summary>
/// The kinds of material in the demo catalogue; each fixes leader/06-07, the 008 layout,
/// the RDA content, media and carrier types, and where the copies are shelved.
/// </summary>
internal enum DemoKind
{
    Book,
    Textbook,
    Children,
    Reference,
    Serial,
    Thesis,
    EBook,
    Map,
    SpokenWord,
    Music,
    Video,
}
