using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoRoles;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// Master's and doctoral theses deposited with the library (leader/06 t, unpublished). Titles are
/// plausible topics; the authors and advisors are invented names, built from common Vietnamese
/// family, middle and given names.
/// </summary>
internal static partial class DemoWorks
{
    private const string Humanities = "Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội";
    private const string Sciences = "Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia Hà Nội";
    private const string Technology = "Trường Đại học Công nghệ, Đại học Quốc gia Hà Nội";
    private const string Pedagogy = "Trường Đại học Sư phạm Hà Nội";
    private const string Culture = "Trường Đại học Văn hóa Hà Nội";

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Phan", "Đinh"];
    private static readonly string[] WomensMiddleNames = ["Thị", "Thu", "Hồng", "Ngọc", "Kim", "Thanh"];
    private static readonly string[] WomensGivenNames = ["Lan", "Hương", "Hà", "Phương", "Hằng", "Thảo", "Trang", "Linh", "Yến", "Mai"];
    private static readonly string[] MensMiddleNames = ["Văn", "Minh", "Quang", "Đức", "Hữu", "Mạnh"];
    private static readonly string[] MensGivenNames = ["Tuấn", "Dũng", "Long", "Khánh", "Nam", "Quân", "Hiếu", "Hùng", "Sơn"];

    private static readonly (string Title, bool Doctoral, string Field, string Institution, int Year, string Ddc, string Heading)[] ThesisTopics =
    [
        ("Nghệ thuật trần thuật trong truyện ngắn Nguyễn Huy Thiệp", false, "Văn học Việt Nam", Humanities, 2016, "895.9223", "Truyện ngắn -- Việt Nam -- Nghiên cứu văn học"),
        ("Thơ Xuân Quỳnh từ góc nhìn phê bình nữ quyền", false, "Lý luận văn học", Pedagogy, 2019, "895.9221", "Thơ -- Việt Nam -- Nghiên cứu văn học"),
        ("Hình tượng người lính trong tiểu thuyết Việt Nam sau năm 1975", true, "Văn học Việt Nam", "Học viện Khoa học xã hội", 2017, "895.9223", "Tiểu thuyết -- Việt Nam -- Nghiên cứu văn học"),
        ("Ứng dụng học sâu trong nhận dạng chữ Nôm", false, "Khoa học máy tính", Technology, 2021, "006.31", "Học sâu -- Chữ Nôm"),
        ("Xây dựng hệ thống tìm kiếm văn bản tiếng Việt có dấu và không dấu", false, "Hệ thống thông tin", Technology, 2020, "025.04", "Tìm kiếm thông tin -- Tiếng Việt"),
        ("Phát triển văn hóa đọc cho học sinh tiểu học tại các thư viện công cộng ở Hà Nội", false, "Khoa học thư viện", Culture, 2018, "028.9", "Văn hóa đọc -- Hà Nội"),
        ("Tổ chức và hoạt động của thư viện công cộng cấp tỉnh vùng đồng bằng sông Hồng", true, "Khoa học thư viện", Humanities, 2019, "027.4597", "Thư viện công cộng -- Việt Nam"),
        ("Ứng dụng MARC 21 và RDA trong biên mục tại các thư viện đại học Việt Nam", false, "Khoa học thư viện", Humanities, 2017, "025.3", "Biên mục -- Thư viện đại học -- Việt Nam"),
        ("Đánh giá chất lượng nước sông Tô Lịch và đề xuất giải pháp cải thiện", false, "Khoa học môi trường", Sciences, 2018, "363.7394", "Ô nhiễm nước -- Hà Nội"),
        ("Đa dạng sinh học thực vật tại Vườn quốc gia Cúc Phương", true, "Sinh học", Sciences, 2016, "581.9597", "Đa dạng sinh học -- Thực vật -- Việt Nam"),
        ("Chính sách ruộng đất thời Lê sơ (1428-1527)", true, "Lịch sử Việt Nam", Humanities, 2015, "959.7026", "Ruộng đất -- Chính sách -- Việt Nam -- Thế kỷ 15"),
        ("Phương pháp dạy học giải toán có lời văn ở lớp 3", false, "Giáo dục học (Tiểu học)", Pedagogy, 2020, "372.7", "Toán -- Phương pháp giảng dạy -- Tiểu học"),
        ("Hoạt động ngoại thương của Đàng Trong thế kỷ XVII-XVIII", false, "Lịch sử Việt Nam", Humanities, 2014, "382.09597", "Ngoại thương -- Việt Nam -- Lịch sử"),
        ("Ảnh hưởng của biến đổi khí hậu đến sản xuất lúa ở đồng bằng sông Cửu Long", true, "Kinh tế nông nghiệp", "Trường Đại học Kinh tế Quốc dân", 2022, "338.17318", "Biến đổi khí hậu -- Sản xuất lúa -- Việt Nam"),
        ("Tối ưu hóa truy vấn trong hệ quản trị cơ sở dữ liệu phân tán", false, "Khoa học máy tính", "Trường Đại học Bách khoa Hà Nội", 2019, "005.758", "Cơ sở dữ liệu phân tán"),
    ];

    private static IEnumerable<DemoWork> Theses() => ThesisTopics.Select((topic, index) =>
    {
        var names = new SplitMix64(0x4C55_414E_5641_4E00UL + (ulong)index);
        var author = InventedName(names, woman: index % 2 == 0);
        var advisor = InventedName(names, woman: index % 3 == 1);
        var (degree, onTitlePage) = topic.Doctoral ? ("Luận án Tiến sĩ", "luận án tiến sĩ") : ("Luận văn Thạc sĩ", "luận văn thạc sĩ");
        var advisorTitle = topic.Doctoral ? "GS.TS." : "PGS.TS.";
        return Work(DemoKind.Thesis, topic.Title, author, ThesisHanoi, topic.Year, topic.Ddc, 90 + (topic.Title.Length * (topic.Doctoral ? 3 : 1)),
            DemoSubject.Topic($"{topic.Heading} -- {(topic.Doctoral ? "Luận án" : "Luận văn")}")) with
        {
            Subtitle = onTitlePage,
            Responsibility = $"{author.Heading} ; người hướng dẫn khoa học: {advisorTitle} {advisor.Heading}",
            Contributors = [As(advisor, Advisor)],
            Thesis = new DemoThesis(degree, topic.Institution, topic.Year),
            Note = $"Chuyên ngành: {topic.Field}.",
            NatureOfContents = "bm",
            Audience = 'f',
            Illustrated = true,
        };
    });

    /// <summary>A woman's or a man's name, so that the middle and given names agree.</summary>
    private static DemoPerson InventedName(SplitMix64 random, bool woman)
    {
        var (middles, givens) = woman ? (WomensMiddleNames, WomensGivenNames) : (MensMiddleNames, MensGivenNames);
        return DemoPerson.Direct($"{random.Pick(FamilyNames)} {random.Pick(middles)} {random.Pick(givens)}");
    }
}
