using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoSubject;
using static ThuVien.Catalog.Demo.DemoSubjects;

namespace ThuVien.Catalog.Demo;

/// <summary>Public-domain classics from Project Gutenberg, catalogued as online resources with an 856 link.</summary>
internal static partial class DemoWorks
{
    private static IEnumerable<DemoWork> EBooks() =>
    [
        EBook("Pride and prejudice", Austen, 1998, "823.7", 1342, EnglishNovels, LcshEnglishFiction19),
        EBook("Alice's adventures in wonderland", Carroll, 1991, "823.8", 11, ForeignChildrensBooks, Lcsh("Fantasy fiction")) with { Audience = 'j' },
        EBook("Frankenstein, or, The modern Prometheus", MaryShelley, 1993, "823.7", 84, EnglishNovels, Lcsh("Monsters -- Fiction")),
        EBook("The adventures of Sherlock Holmes", ConanDoyle, 1999, "823.8", 1661, EnglishNovels, Lcsh("Detective and mystery stories, English")) with { LiteraryForm = 'j' },
        EBook("Moby Dick, or, The whale", Melville, 2001, "813.3", 2701, AmericanNovels, Lcsh("Whaling -- Fiction")),
        EBook("Adventures of Huckleberry Finn", Twain, 1993, "813.4", 76, AmericanNovels, Lcsh("Mississippi River -- Fiction")),
        EBook("Treasure island", Stevenson, 1994, "823.8", 120, EnglishNovels, Lcsh("Pirates -- Fiction")) with { Audience = 'j' },
    ];

    private static DemoWork EBook(string title, DemoPerson author, int year, string ddc, int gutenbergNumber, params DemoSubject[] subjects) =>
        Work(DemoKind.EBook, title, author, Gutenberg, year, ddc, 0, subjects) with
        {
            Language = "eng",
            LiteraryForm = 'f',
            Url = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"https://www.gutenberg.org/ebooks/{gutenbergNumber}"),
            Note = "Bản điện tử của Dự án Gutenberg, thuộc phạm vi công cộng.",
        };
}
