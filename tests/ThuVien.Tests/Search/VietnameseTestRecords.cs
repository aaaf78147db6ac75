using ThuVien.Marc;

namespace ThuVien.Tests.Search;

/// <summary>
/// The project's own Vietnamese records for search tests, written so that near-homographs sit side by
/// side: "đường" and "Dương", "Hà Nội" and "Hà ... nội", tone marks placed old style and new style.
/// </summary>
internal static class VietnameseTestRecords
{
    public static IReadOnlyList<MarcRecord> All { get; } =
    [
        Book("VT0001", "Đường Kách mệnh", "Hồ Chí Minh", 2019, "Chính trị -- Việt Nam"),
        Book("VT0002", "Những thiên đường mù", "Dương Thu Hương", 1988, "Văn học Việt Nam -- Tiểu thuyết"),
        Book("VT0003", "Con đường tơ lụa", "Nguyễn Văn Kiên", 2015, "Thương mại -- Lịch sử"),
        Book("VT0004", "Thái Bình Dương mênh mông", "Lê Minh Khuê", 2010, "Địa lý -- Đại dương"),
        Book("VT0005", "Hoà bình cho muôn nhà", "Trần Đăng Khoa", 2012, "Văn học Việt Nam -- Thơ"),
        Book("VT0006", "Thư viện học đại cương", "Nguyễn Thị Lan", 2018, "Thư viện học"),
        Book("VT0007", "Thư mục của Viện Hán Nôm", "Phạm Văn Thắm", 2001, "Hán Nôm -- Thư mục"),
        Book("VT0008", "Hà Nội băm sáu phố phường", "Thạch Lam", 2016, "Hà Nội -- Văn hóa"),
        Book("VT0009", "Nội trú ở Hà Giang", "Ma Văn Kháng", 2009, "Văn học Việt Nam -- Truyện ngắn"),
        Book("VT0010", "Thuỷ hử", "Thi Nại Am", 2014, "Văn học Trung Quốc -- Tiểu thuyết", language: "chi"),
        Book("VT0011", "Người lái đò sông Đà", "Nguyễn Tuân", 2017, "Văn học Việt Nam -- Tùy bút"),
        Book("VT0012", "Mùa lá rụng trong vườn", "Ma Văn Kháng", 2006, "Văn học Việt Nam -- Tiểu thuyết"),
        Book("VT0013", "Tiếng Việt thực hành", "Bùi Minh Toán", 2011, "Tiếng Việt -- Giáo trình"),
    ];

    private static MarcRecord Book(string control, string title, string author, int year, string subject, string language = "vie")
    {
        var parts = subject.Split(" -- ");
        var subjectField = new List<Subfield> { new('a', parts[0]) };
        subjectField.AddRange(parts.Skip(1).Select(p => new Subfield('x', p)));
        return new MarcRecord(
            Leader.Default,
            new ControlField("001", control),
            new ControlField("003", "VN-TEST"),
            new ControlField("008", $"200101s{year}    vm {new string(' ', 17)}{language} d"),
            new DataField("100", '0', ' ', new Subfield('a', author)),
            new DataField("245", '1', '0', new Subfield('a', title), new Subfield('c', author)),
            new DataField("264", ' ', '1', new Subfield('a', "Hà Nội"), new Subfield('b', "Nhà xuất bản Thử nghiệm"), new Subfield('c', year.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            new DataField("650", ' ', '7', subjectField),
            new DataField("952", ' ', ' ', new Subfield('a', "MAIN"), new Subfield('b', "MAIN"), new Subfield('c', "KHO-MO"), new Subfield('p', "TEST" + control), new Subfield('o', "895.922 T")));
    }
}
