using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoRoles;
using static ThuVien.Catalog.Demo.DemoSubject;
using static ThuVien.Catalog.Demo.DemoSubjects;

namespace ThuVien.Catalog.Demo;

/// <summary>Dictionaries and encyclopaedias for the reference room, and the librarian's own shelf (000s).</summary>
internal static partial class DemoWorks
{
    private static readonly string[] EncyclopediaRanges = ["A - Đ", "E - M", "N - S", "T - Z"];
    private static readonly int[] EncyclopediaYears = [1995, 2002, 2003, 2005];

    private static IEnumerable<DemoWork> ReferenceWorks() =>
    [
        Dictionary("Từ điển tiếng Việt", null, DaNang, 2018, "495.9223", 1588, VietnameseLanguageDictionaries) with
        { Body = ["Viện Ngôn ngữ học"], Contributors = [As(HoangPhe, Editor)], Edition = "In lần thứ 12" },
        Dictionary("Đại từ điển tiếng Việt", null, VanHoaThongTin, 1999, "495.9223", 1892, VietnameseLanguageDictionaries) with
        { Contributors = [As(NguyenNhuY, Editor)] },
        Dictionary("Từ điển Anh - Việt", null, TongHopHcm, 2010, "423.95922", 1960, Topic("Tiếng Anh -- Từ điển -- Tiếng Việt")) with
        { Body = ["Viện Ngôn ngữ học"], AlsoIn = ["eng"] },
        Dictionary("Từ điển Việt - Anh", DangChanLieu, TongHopHcm, 2011, "495.922321", 1200, Topic("Tiếng Việt -- Từ điển -- Tiếng Anh")) with
        { Responsibility = "Đặng Chấn Liêu, Lê Khả Kế, Phạm Duy Trọng", Contributors = [As(LeKhaKe, CoAuthor), As(DemoPerson.Direct("Phạm Duy Trọng"), CoAuthor)], AlsoIn = ["eng"] },
        Dictionary("Từ điển Pháp - Việt", null, KhoaHocXaHoi, 2011, "443.95922", 1500, Topic("Tiếng Pháp -- Từ điển -- Tiếng Việt")) with
        { Contributors = [As(LeKhaKe, Editor)], AlsoIn = ["fre"] },
        Dictionary("Hán Việt từ điển", DaoDuyAnh, VanHoaThongTin, 2005, "495.1395922", 1000, Topic("Tiếng Hán -- Từ điển -- Tiếng Việt")) with
        { AlsoIn = ["chi"] },
        Dictionary("Từ điển thành ngữ tục ngữ Việt Nam", null, VanHoaThongTin, 2000, "398.909597", 800, Topic("Thành ngữ -- Việt Nam -- Từ điển"), Topic("Tục ngữ -- Việt Nam -- Từ điển")) with
        { Contributors = [As(VuDung, Compiler), As(VuThuyAnh, Compiler), As(VuQuangHao, Compiler)] },
        Dictionary("Từ điển văn học", null, TheGioi, 2004, "803", 2180, Topic("Văn học -- Từ điển")) with
        { Subtitle = "bộ mới", Contributors = [As(DoDucHieu, Editor)] },
        .. Volumes(4, volume => Dictionary("Từ điển bách khoa Việt Nam", null, TuDienBachKhoa, EncyclopediaYears[volume - 1], "039.95922", 1000 + (volume * 37), Topic("Bách khoa toàn thư -- Việt Nam")) with
        {
            PartNumber = $"T. {volume}",
            PartName = EncyclopediaRanges[volume - 1],
            Body = ["Hội đồng Quốc gia chỉ đạo biên soạn Từ điển bách khoa Việt Nam"],
            NatureOfContents = "e",
            Illustrated = true,
        }),
        Dictionary("Oxford advanced learner's dictionary of current English", Hornby, Oxford, 2015, "423", 1796, Lcsh("English language -- Dictionaries"), Topic("Tiếng Anh -- Từ điển")) with
        { Language = "eng", Edition = "9th edition", Responsibility = "A.S. Hornby" },
        Work(DemoKind.Reference, "Khung phân loại thập phân Dewey và bảng chỉ mục quan hệ", Dewey, TriThuc, 2013, "025.431", 2400, Topic("Phân loại thập phân Dewey")) with
        {
            Edition = "Ấn bản 23",
            Extent = "4 tập",
            Height = 27,
            Responsibility = "Melvil Dewey ; Thư viện Quốc gia Việt Nam dịch",
            TranslatedFrom = "eng",
            OriginalTitle = "Dewey decimal classification and relative index",
        },
        Book("MARC 21 rút gọn cho dữ liệu thư mục", null, ThuVienQuocGia, 2010, "025.316", 280, Topic("MARC (Định dạng biên mục)"), Topic("Biên mục")) with
        { Body = ["Thư viện Quốc gia Việt Nam"], Height = 29 },
        Book("Cẩm nang nghề thư viện", LeVanViet, VanHoaThongTin, 2000, "020", 630, Topic("Thư viện học"), Topic("Nghề thư viện")),
    ];

    private static DemoWork Dictionary(string title, DemoPerson? author, DemoPublisher publisher, int year, string ddc, int pages, params DemoSubject[] subjects) =>
        Work(DemoKind.Reference, title, author, publisher, year, ddc, pages, subjects) with { NatureOfContents = "d", Height = 24 };
}
