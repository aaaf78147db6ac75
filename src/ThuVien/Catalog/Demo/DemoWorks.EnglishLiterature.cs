using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoSubject;
using static ThuVien.Catalog.Demo.DemoSubjects;

namespace ThuVien.Catalog.Demo;

/// <summary>Literature in English, catalogued in Vietnamese with LCSH headings beside the Vietnamese ones.</summary>
internal static partial class DemoWorks
{
    private static IEnumerable<DemoWork> EnglishLiterature() =>
    [
        English("Pride and prejudice", Austen, PenguinClassics, 2003, "823.7", 480, EnglishNovels, LcshEnglishFiction19, Lcsh("Courtship -- England -- Fiction")),
        English("Emma", Austen, PenguinClassics, 2003, "823.7", 474, EnglishNovels, LcshEnglishFiction19),
        English("Sense and sensibility", Austen, PenguinClassics, 2003, "823.7", 409, EnglishNovels, LcshEnglishFiction19),
        English("Great expectations", Dickens, PenguinClassics, 2003, "823.8", 544, EnglishNovels, LcshEnglishFiction19, Lcsh("Orphans -- Fiction")),
        English("A tale of two cities", Dickens, PenguinClassics, 2003, "823.8", 489, EnglishNovels, LcshEnglishFiction19, LcshPlace("France -- History -- Revolution, 1789-1799 -- Fiction")),
        English("Oliver Twist", Dickens, Oxford, 2008, "823.8", 554, EnglishNovels, LcshEnglishFiction19) with { Series = "Oxford world's classics" },
        English("Jane Eyre", CharlotteBronte, PenguinClassics, 2006, "823.8", 624, EnglishNovels, LcshEnglishFiction19, Lcsh("Governesses -- Fiction")),
        English("Wuthering heights", EmilyBronte, PenguinClassics, 2003, "823.8", 416, EnglishNovels, LcshEnglishFiction19),
        English("Tess of the d'Urbervilles", Hardy, PenguinClassics, 2003, "823.8", 518, EnglishNovels, LcshEnglishFiction19),
        English("Nineteen eighty-four", Orwell, PenguinClassics, 2008, "823.912", 355, EnglishNovels, LcshEnglishFiction20, Lcsh("Totalitarianism -- Fiction")) with
        { Series = "Penguin modern classics", Summary = "Winston Smith sống dưới sự giám sát của Big Brother trong nhà nước toàn trị Oceania." },
        English("Animal farm", Orwell, PenguinClassics, 2008, "823.912", 95, EnglishNovels, LcshEnglishFiction20) with { Series = "Penguin modern classics" },
        English("Hamlet", Shakespeare, Oxford, 2008, "822.33", 416, EnglishDrama, Lcsh("Princes -- Denmark -- Drama")) with
        {
            LiteraryForm = 'd',
            Series = "Oxford world's classics",
            Responsibility = "William Shakespeare ; edited by G.R. Hibbard",
            Contributors = [As(DemoPerson.Inverted("Hibbard, G. R."), "biên tập")],
        },
        English("Romeo and Juliet", Shakespeare, Oxford, 2008, "822.33", 320, EnglishDrama) with
        { LiteraryForm = 'd', Series = "Oxford world's classics" },
        English("Mrs Dalloway", Woolf, Vintage, 2016, "823.912", 194, EnglishNovels, LcshEnglishFiction20),
        English("To the lighthouse", Woolf, Vintage, 2016, "823.912", 224, EnglishNovels, LcshEnglishFiction20),
        English("Dubliners", Joyce, PenguinClassics, 2000, "823.912", 320, Topic("Văn học Ireland -- Truyện ngắn"), LcshPlace("Dublin (Ireland) -- Fiction")) with { LiteraryForm = 'j' },
        English("Lord of the flies", Golding, Faber, 2011, "823.914", 225, EnglishNovels, LcshEnglishFiction20),
        English("The remains of the day", Ishiguro, Faber, 2010, "823.914", 258, EnglishNovels, LcshEnglishFiction20),
        English("Never let me go", Ishiguro, Faber, 2010, "823.914", 282, EnglishNovels, LcshEnglishFiction20),
        English("The hobbit, or, There and back again", Tolkien, HarperCollins, 2011, "823.912", 310, EnglishNovels, Lcsh("Fantasy fiction")),
        English("The quiet American", Greene, Vintage, 2004, "823.912", 180, EnglishNovels, LcshEnglishFiction20, LcshPlace("Vietnam -- History -- 1945-1975 -- Fiction")) with
        { Summary = "Sài Gòn đầu thập niên 1950: phóng viên người Anh Fowler và chàng Mỹ trầm lặng Pyle cùng yêu cô Phượng." },
        English("The great Gatsby", Fitzgerald, Scribner, 2004, "813.52", 180, AmericanNovels, LcshAmericanFiction20),
        English("The old man and the sea", Hemingway, Scribner, 2003, "813.52", 127, AmericanNovels, LcshAmericanFiction20),
        English("Of mice and men", Steinbeck, PenguinUs, 1993, "813.52", 107, AmericanNovels, LcshAmericanFiction20),
        English("Beloved", Morrison, VintageUs, 2004, "813.54", 324, AmericanNovels, LcshAmericanFiction20),
        English("To kill a mockingbird", HarperLee, HarperPerennial, 2006, "813.54", 323, AmericanNovels, LcshAmericanFiction20),
        English("The catcher in the rye", Salinger, BackBay, 2001, "813.54", 277, AmericanNovels, LcshAmericanFiction20),
        English("The sympathizer", VietThanhNguyen, Grove, 2015, "813.6", 371, AmericanNovels, LcshVietnamWarFiction) with
        { Summary = "Lời thú nhận của một điệp viên hai mang sang Mỹ sau ngày 30 tháng 4 năm 1975; Giải Pulitzer 2016." },
        English("On earth we're briefly gorgeous", OceanVuong, PenguinPress, 2019, "813.6", 246, AmericanNovels, Lcsh("Vietnamese Americans -- Fiction")),
        English("The sorrow of war", BaoNinh, Vintage, 1994, "895.9223", 233, VietnameseNovels, LcshVietnamWarFiction) with
        {
            Subtitle = "a novel of North Vietnam",
            Responsibility = "Bao Ninh ; English version by Frank Palmos, based on the translation from the Vietnamese by Phan Thanh Hao",
            Contributors = [As(PhanThanhHao, DemoRoles.Translator), As(DemoPerson.Inverted("Palmos, Frank"), "biên tập")],
            TranslatedFrom = "vie",
            OriginalTitle = "Nỗi buồn chiến tranh",
        },
        English("The tale of Kieu", NguyenDu, Yale, 1983, "895.9221", 224, VietnameseVerseTales, Lcsh("Vietnamese poetry -- Translations into English")) with
        {
            Subtitle = "a bilingual edition of Nguyễn Du's Truyện Kiều",
            Responsibility = "translated and annotated by Huỳnh Sanh Thông ; historical essay by Alexander B. Woodside",
            Contributors = [As(HuynhSanhThong, DemoRoles.Translator), As(DemoPerson.Inverted("Woodside, Alexander", "1938-"), "giới thiệu")],
            AlsoIn = ["vie"],
            TranslatedFrom = "vie",
            OriginalTitle = "Truyện Kiều",
            LiteraryForm = 'p',
        },
    ];

    /// <summary>A work in English: language eng, fiction unless said otherwise; Penguin's London classics are in their series.</summary>
    private static DemoWork English(string title, DemoPerson author, DemoPublisher publisher, int year, string ddc, int pages, params DemoSubject[] subjects) =>
        Book(title, author, publisher, year, ddc, pages, subjects) with
        {
            Language = "eng",
            LiteraryForm = 'f',
            Height = 20,
            Series = publisher == PenguinClassics ? "Penguin classics" : null,
        };
}
