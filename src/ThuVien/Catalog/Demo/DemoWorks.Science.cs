using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoRoles;
using static ThuVien.Catalog.Demo.DemoSubject;

namespace ThuVien.Catalog.Demo;

/// <summary>University textbooks (giáo trình) and science and technology in Vietnamese and English.</summary>
internal static partial class DemoWorks
{
    private static readonly (string Subject, string University, DemoPublisher Publisher, int Year, string Ddc, string Heading)[] Courses =
    [
        ("Hóa học đại cương", "Trường Đại học Bách khoa Hà Nội", BachKhoa, 2017, "540", "Hóa học"),
        ("Xác suất thống kê", "Trường Đại học Bách khoa Hà Nội", BachKhoa, 2018, "519.2", "Xác suất"),
        ("Sinh học đại cương", "Trường Đại học Khoa học Tự nhiên", DhqgHanoi, 2016, "570", "Sinh học"),
        ("Địa chất đại cương", "Trường Đại học Khoa học Tự nhiên", DhqgHanoi, 2015, "551", "Địa chất học"),
        ("Nhập môn lập trình", "Trường Đại học Công nghệ", DhqgHanoi, 2019, "005.1", "Lập trình"),
        ("Cơ sở dữ liệu", "Trường Đại học Công nghệ", DhqgHanoi, 2017, "005.74", "Cơ sở dữ liệu"),
        ("Trí tuệ nhân tạo", "Trường Đại học Công nghệ", DhqgHanoi, 2020, "006.3", "Trí tuệ nhân tạo"),
        ("Mạng máy tính", "Học viện Công nghệ Bưu chính Viễn thông", ThongTinTruyenThong, 2016, "004.6", "Mạng máy tính"),
        ("Kinh tế vi mô", "Trường Đại học Kinh tế Quốc dân", KinhTeQuocDan, 2018, "338.5", "Kinh tế vi mô"),
        ("Sinh thái học môi trường", "Trường Đại học Khoa học Tự nhiên", KhoaHocKyThuat, 2019, "577", "Sinh thái học"),
    ];

    private static readonly (string Name, string Ddc)[] CalculusParts =
    [
        ("Đại số và hình học giải tích", "512.5"), ("Phép tính giải tích một biến số", "515"), ("Phép tính giải tích nhiều biến số", "515"),
    ];

    private static readonly string[] PhysicsParts = ["Cơ - Nhiệt", "Điện - Dao động - Sóng", "Quang học - Vật lý nguyên tử và hạt nhân"];

    private static IEnumerable<DemoWork> ScienceAndTechnology() =>
    [
        .. CalculusParts.Select((part, index) => Book("Toán học cao cấp", NguyenDinhTri, GiaoDuc, 2019, part.Ddc, 380 + (index * 20), Topic("Toán cao cấp -- Giáo trình")) with
            {
                PartNumber = $"T. {index + 1}",
                PartName = part.Name,
                Responsibility = "Nguyễn Đình Trí (chủ biên), Tạ Văn Đĩnh, Nguyễn Hồ Quỳnh",
                Contributors = [As(TaVanDinh, CoAuthor), As(NguyenHoQuynh, CoAuthor)],
                Illustrated = true,
                Height = 24,
            }),
        .. PhysicsParts.Select((part, index) => Book("Vật lý đại cương", null, GiaoDuc, 2018, "530", 340 + (index * 16), Topic("Vật lý -- Giáo trình")) with
            {
                PartNumber = $"T. {index + 1}",
                PartName = part,
                Contributors = [As(LuongDuyenBinh, Editor)],
                Illustrated = true,
                Height = 24,
            }),
        Book("Cấu trúc dữ liệu và giải thuật", DoXuanLoi, DhqgHanoi, 2010, "005.73", 304, Topic("Cấu trúc dữ liệu -- Giáo trình"), Topic("Thuật toán")) with
        { Illustrated = true, Height = 24 },
        .. Courses.Select(course => Book($"Giáo trình {course.Subject}", null, course.Publisher, course.Year, course.Ddc, 220 + (course.Subject.Length * 9), Topic($"{course.Heading} -- Giáo trình")) with
        {
            Body = [course.University],
            Illustrated = true,
            Height = 24,
        }),
        EnglishText("Introduction to algorithms", Cormen, MitPress, 2009, "005.1", 1292, Lcsh("Computer programming"), Lcsh("Computer algorithms"), Topic("Thuật toán")) with
        {
            Edition = "Third edition",
            Responsibility = "Thomas H. Cormen, Charles E. Leiserson, Ronald L. Rivest, Clifford Stein",
            Contributors = [As(DemoPerson.Inverted("Leiserson, Charles E."), CoAuthor), As(DemoPerson.Inverted("Rivest, Ronald L."), CoAuthor), As(DemoPerson.Inverted("Stein, Clifford"), CoAuthor)],
        },
        EnglishText("The C programming language", Kernighan, PrenticeHall, 1988, "005.133", 272, Lcsh("C (Computer program language)"), Topic("Ngôn ngữ lập trình C")) with
        { Edition = "Second edition", Responsibility = "Brian W. Kernighan, Dennis M. Ritchie", Contributors = [As(Ritchie, CoAuthor)] },
        EnglishText("The art of computer programming", Knuth, AddisonWesley, 1997, "005.1", 650, Lcsh("Computer programming"), Lcsh("Computer algorithms")) with
        { PartNumber = "Volume 1", PartName = "Fundamental algorithms", Edition = "Third edition" },
        EnglishText("The Feynman lectures on physics", Feynman, BasicBooks, 2011, "530", 560, Lcsh("Physics"), Topic("Vật lý")) with
        {
            PartNumber = "Volume I",
            PartName = "Mainly mechanics, radiation, and heat",
            Edition = "New millennium edition",
            Responsibility = "Feynman, Leighton, Sands",
            Contributors = [As(DemoPerson.Inverted("Leighton, Robert B."), CoAuthor), As(DemoPerson.Inverted("Sands, Matthew"), CoAuthor)],
        },
        EnglishText("Cosmos", Sagan, Ballantine, 2013, "520", 396, Lcsh("Cosmology"), Lcsh("Astronomy"), Topic("Thiên văn học")),
        EnglishText("A brief history of time", Hawking, Bantam, 1998, "523.1", 212, Lcsh("Cosmology"), Topic("Vũ trụ học")) with
        { Edition = "Updated and expanded tenth anniversary edition" },
    ];

    /// <summary>Non-fiction in English.</summary>
    private static DemoWork EnglishText(string title, DemoPerson author, DemoPublisher publisher, int year, string ddc, int pages, params DemoSubject[] subjects) =>
        Book(title, author, publisher, year, ddc, pages, subjects) with { Language = "eng", Illustrated = true, Height = 24 };
}
