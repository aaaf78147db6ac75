namespace ThuVien.Catalog.Demo;

/// <summary>
/// A subject access point: tag 650 (topic) or 651 (place), second indicator 4 for the
/// Vietnamese headings (no registered source code) or 0 for LCSH, and the heading with its
/// subdivisions separated by " -- " ("Văn học Việt Nam -- Truyện ngắn").
/// </summary>
internal sealed record DemoSubject(string Tag, char Thesaurus, string Heading)
{
    public static DemoSubject Topic(string heading) => new("650", '4', heading);

    public static DemoSubject Place(string heading) => new("651", '4', heading);

    public static DemoSubject Lcsh(string heading) => new("650", '0', heading);

    public static DemoSubject LcshPlace(string heading) => new("651", '0', heading);
}
