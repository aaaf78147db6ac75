using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoSubject;
using static ThuVien.Catalog.Demo.DemoSubjects;

namespace ThuVien.Catalog.Demo;

/// <summary>Translated series for young readers: one record per volume, as libraries catalogue them.</summary>
internal static partial class DemoWorks
{
    private static readonly (string Title, string Original, int Pages, int Year)[] HarryPotter =
    [
        ("Harry Potter và hòn đá phù thủy", "Harry Potter and the philosopher's stone", 366, 2017),
        ("Harry Potter và phòng chứa bí mật", "Harry Potter and the chamber of secrets", 412, 2017),
        ("Harry Potter và tên tù nhân ngục Azkaban", "Harry Potter and the prisoner of Azkaban", 500, 2017),
        ("Harry Potter và chiếc cốc lửa", "Harry Potter and the goblet of fire", 820, 2018),
        ("Harry Potter và Hội Phượng hoàng", "Harry Potter and the order of the phoenix", 1020, 2018),
        ("Harry Potter và Hoàng tử lai", "Harry Potter and the half-blood prince", 768, 2018),
        ("Harry Potter và Bảo bối Tử thần", "Harry Potter and the deathly hallows", 930, 2018),
    ];

    private static IEnumerable<DemoWork> TranslatedSeries() =>
    [
        .. HarryPotter.Select((book, index) =>
            Children(book.Title, Rowling, Tre, book.Year, "823.914", book.Pages, ForeignChildrensBooks, Topic("Văn học Anh -- Tiểu thuyết"), Lcsh("Wizards -- Juvenile fiction")) with
            {
                Contributors = Translated(LyLan),
                TranslatedFrom = "eng",
                OriginalTitle = book.Original,
                Series = "Harry Potter",
                SeriesNumber = (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                LiteraryForm = 'f',
                Illustrated = false,
                Height = 20,
                Summary = index == 0
                    ? "Cậu bé mồ côi Harry Potter biết mình là phù thủy vào năm mười một tuổi và bước vào Trường Phù thủy và Pháp sư Hogwarts."
                    : null,
            }),
        .. Volumes(12, volume =>
            Children("Doraemon", FujikoFujio, KimDong, 2019, "741.5952", 192, Comics) with
            {
                Subtitle = "truyện ngắn",
                PartNumber = $"T. {volume}",
                TranslatedFrom = "jpn",
                OriginalTitle = "Doraemon",
                LiteraryForm = '1',
                Height = 18,
                Summary = volume == 1
                    ? "Chú mèo máy Doraemon từ thế kỷ 22 trở về giúp cậu bé Nobita hậu đậu bằng những bảo bối thần kỳ."
                    : null,
            }),
        Children("Những tấm lòng cao cả", Amicis, VanHoc, 2019, "853.8", 336, ForeignChildrensBooks, Topic("Văn học Ý -- Tiểu thuyết")) with
        {
            Contributors = Translated(HoangThieuSon),
            TranslatedFrom = "ita",
            OriginalTitle = "Cuore",
            LiteraryForm = 'f',
            Summary = "Nhật ký một năm học của cậu bé Enrico ở Turin, những bài học về tình thương, lòng biết ơn và lòng yêu nước.",
        },
        Children("Không gia đình", Malot, KimDong, 2018, "843.8", 552, ForeignChildrensBooks, FrenchNovels) with
        {
            Contributors = Translated(HuynhLy),
            TranslatedFrom = "fre",
            OriginalTitle = "Sans famille",
            LiteraryForm = 'f',
            Summary = "Cậu bé Rémi bị bán cho gánh xiếc rong của cụ Vitalis và hành trình đi tìm gia đình khắp nước Pháp.",
        },
        Children("Truyện cổ Andersen", Andersen, KimDong, 2019, "839.8136", 400, ForeignChildrensBooks, Topic("Văn học Đan Mạch -- Truyện cổ tích")) with
        {
            Contributors = Translated(NguyenVanHai, VuMinhToan),
            TranslatedFrom = "dan",
            OriginalTitle = "Eventyr",
            LiteraryForm = '1',
        },
        Children("Hoàng tử bé", SaintExupery, HoiNhaVan, 2019, "843.912", 104, ForeignChildrensBooks, FrenchNovels) with
        {
            Contributors = Translated(TracPhong),
            TranslatedFrom = "fre",
            OriginalTitle = "Le petit prince",
            LiteraryForm = 'f',
            Audience = ' ',
            Summary = "Cuộc gặp gỡ giữa người phi công lạc giữa sa mạc Sahara và cậu hoàng tử bé đến từ tiểu tinh cầu B612.",
        },
    ];
}
