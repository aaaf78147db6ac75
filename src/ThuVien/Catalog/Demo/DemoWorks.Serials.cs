using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoSubject;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// Journals and a newspaper the library takes (leader/07 s). The ISSNs are synthetic: Vietnamese-range
/// digits with a valid check digit, not the titles' real numbers.
/// </summary>
internal static partial class DemoWorks
{
    private static IEnumerable<DemoWork> Serials() =>
    [
        Serial("Nghiên cứu lịch sử", VienSuHoc, 1959, "959.7005", new('m', "Hằng tháng", 'p', "0866750", 12), Place("Việt Nam -- Lịch sử -- Tạp chí")) with
        { Note = "Cơ quan chủ quản: Viện Hàn lâm Khoa học xã hội Việt Nam." },
        Serial("Nghiên cứu văn học", VienVanHoc, 1960, "895.922005", new('m', "Hằng tháng", 'p', "0866761", 12), Topic("Văn học Việt Nam -- Tạp chí")) with
        { Note = "Cơ quan chủ quản: Viện Hàn lâm Khoa học xã hội Việt Nam." },
        Serial("Toán học và tuổi trẻ", GiaoDuc, 1964, "510.5", new('m', "Hằng tháng", 'p', "0866803", 12), Topic("Toán -- Tạp chí")) with
        { Summary = "Tạp chí toán học phổ thông dành cho học sinh trung học, với các bài toán thách đấu và đề thi chọn lọc." },
        Serial("Thư viện Việt Nam", ThuVienQuocGia, 2003, "020.5", new('b', "2 tháng 1 kỳ", 'p', "1859014", 6), Topic("Thư viện học -- Tạp chí")),
        Serial("Tia sáng", BoKhoaHocCongNghe, 1991, "505", new('s', "Nửa tháng 1 kỳ", 'p', "0866846", 24), Topic("Khoa học -- Tạp chí"), Topic("Công nghệ -- Tạp chí")),
        Serial("Văn nghệ quân đội", TongCucChinhTri, 1957, "895.922005", new('m', "Hằng tháng", 'p', "0866857", 12), Topic("Văn học Việt Nam -- Tạp chí")),
        Serial("Thiếu niên tiền phong", TrungUongDoan, 1954, "079.597", new('w', "Hằng tuần", 'n', "0866872", 52), Topic("Thiếu niên -- Báo")) with
        { Note = "Báo của Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh dành cho thiếu niên, nhi đồng." },
    ];

    private static DemoWork Serial(string title, DemoPublisher publisher, int firstYear, string ddc, DemoSerial serial, params DemoSubject[] subjects) =>
        Work(DemoKind.Serial, title, null, publisher, firstYear, ddc, 0, subjects) with
        {
            Serial = serial,
            Illustrated = true,
            Height = serial.Type == 'n' ? 42 : 27,
        };
}
