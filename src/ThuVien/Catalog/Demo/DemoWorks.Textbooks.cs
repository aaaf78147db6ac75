using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoRoles;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// School textbooks of the 2018 general education programme, one record per grade and volume, for the
/// grades whose books were out by the demo's date (the programme reached grades 1, 2-6-10 and 3-7-11
/// and 4-8 year by year from 2020).
/// </summary>
internal static partial class DemoWorks
{
    private const string Curriculum = "Kết nối tri thức với cuộc sống";

    private static readonly int[] GradesPublished = [1, 2, 3, 4, 6, 7, 8, 10, 11];

    private static readonly string[] TwoParts = ["Tập một", "Tập hai"];

    private static IEnumerable<DemoWork> Textbooks() =>
    [
        .. GradesPublished.Select(grade => Textbook("Toán", grade, null, grade <= 5 ? "372.7" : "510.712", HaHuyKhoai, Curriculum)),
        .. GradesPublished.Where(grade => grade <= 5).SelectMany(grade => TwoParts
            .Select(part => Textbook("Tiếng Việt", grade, part, "372.6", BuiManhHung, Curriculum))),
        .. GradesPublished.Where(grade => grade > 5).SelectMany(grade => TwoParts
            .Select(part => Textbook("Ngữ văn", grade, part, "807.12", BuiManhHung, Curriculum))),
        .. GradesPublished.Where(grade => grade is > 5 and < 10).Select(grade => Textbook("Khoa học tự nhiên", grade, null, "507.12", VuVanHung, Curriculum)),
        .. GradesPublished.Where(grade => grade > 5).Select(grade => Textbook("Tiếng Anh", grade, null, "428.00712", HoangVanVan, "Global Success") with
        {
            Language = "eng",
            AlsoIn = ["vie"],
        }),
    ];

    private static DemoWork Textbook(string subject, int grade, string? part, string ddc, DemoPerson generalEditor, string series)
    {
        var year = grade switch
        {
            1 => 2020,
            2 or 6 => 2021,
            3 or 7 or 10 => 2022,
            _ => 2023,
        };
        var audience = grade switch
        {
            <= 5 => 'b',
            <= 9 => 'c',
            _ => 'd',
        };
        var title = $"{subject} {grade}";
        return Work(DemoKind.Textbook, title, null, GiaoDuc, year, ddc, 120 + (grade * 11) + (subject.Length * 3), DemoSubject.Topic($"{subject} -- Lớp {grade} -- Sách giáo khoa")) with
        {
            PartNumber = part,
            Contributors = [As(generalEditor, GeneralEditor)],
            Illustrated = true,
            Height = 27,
            Audience = audience,
            Series = series,
        };
    }
}
