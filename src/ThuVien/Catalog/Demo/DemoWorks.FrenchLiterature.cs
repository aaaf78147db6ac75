using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoSubject;
using static ThuVien.Catalog.Demo.DemoSubjects;

namespace ThuVien.Catalog.Demo;

/// <summary>French literature in French, for the readers the French-Vietnamese schools still train.</summary>
internal static partial class DemoWorks
{
    private static IEnumerable<DemoWork> FrenchLiterature() =>
    [
        French("Le petit prince", SaintExupery, Gallimard, 2007, "843.912", 98, FrenchNovels) with
        { Illustrated = true, Series = "Folio junior", Audience = 'j' },
        French("L'étranger", Camus, Gallimard, 2005, "843.914", 186, FrenchNovels, LcshFrenchFiction) with { Series = "Folio" },
        French("Madame Bovary", Flaubert, LivreDePoche, 1999, "843.8", 512, FrenchNovels, Lcsh("French fiction -- 19th century")) with
        { Subtitle = "mœurs de province" },
        French("Germinal", Zola, LivreDePoche, 2000, "843.8", 600, FrenchNovels, Lcsh("Coal miners -- France -- Fiction")),
        French("Le rouge et le noir", Stendhal, Gallimard, 2000, "843.7", 700, FrenchNovels) with
        { Subtitle = "chronique du XIXe siècle", Series = "Folio classique" },
        French("L'amant", Duras, Minuit, 1984, "843.912", 142, FrenchNovels, LcshFrenchFiction, LcshPlace("Indochina -- Fiction")) with
        { Summary = "Mối tình của cô gái Pháp mười lăm tuổi rưỡi với người đàn ông Hoa giàu có ở Sa Đéc và Sài Gòn những năm 1930; Giải Goncourt 1984." },
        French("Vingt mille lieues sous les mers", Verne, LivreDePoche, 2001, "843.8", 608, FrenchNovels, Lcsh("Submarines (Ships) -- Fiction")),
        .. Volumes(2, volume => French("Les misérables", Hugo, LivreDePoche, 1998, "843.7", 960 + (volume * 30), FrenchNovels) with
        { PartNumber = $"T. {volume}" }),
    ];

    /// <summary>A work in French: language fre, fiction.</summary>
    private static DemoWork French(string title, DemoPerson author, DemoPublisher publisher, int year, string ddc, int pages, params DemoSubject[] subjects) =>
        Book(title, author, publisher, year, ddc, pages, subjects) with { Language = "fre", LiteraryForm = 'f', Height = 18 };
}
