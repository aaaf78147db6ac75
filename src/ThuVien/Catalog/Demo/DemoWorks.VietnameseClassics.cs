using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoRoles;
using static ThuVien.Catalog.Demo.DemoSubjects;

namespace ThuVien.Catalog.Demo;

/// <summary>Vietnamese literature before 1900, in modern editions; works written in Hán are translations (041 $h chi).</summary>
internal static partial class DemoWorks
{
    private static IEnumerable<DemoWork> VietnameseClassics() =>
    [
        Poems("Truyện Kiều", NguyenDu, VanHoc, 2019, 292,
            "Truyện thơ Nôm 3.254 câu lục bát kể mười lăm năm lưu lạc của Thúy Kiều, kiệt tác của văn học Việt Nam.") with
        {
            Contributors = [As(DaoDuyAnh, TextualEditor)],
            Edition = "Tái bản lần thứ 3",
            Subjects = [VietnameseVerseTales, MedievalLiterature],
            Series = "Văn học cổ điển Việt Nam",
        },
        Poems("Thơ Hồ Xuân Hương", HoXuanHuong, VanHoc, 2018, 176,
            "Các bài thơ Nôm truyền tụng của Hồ Xuân Hương, được mệnh danh là bà chúa thơ Nôm, kèm lời giới thiệu và chú thích.") with
        {
            Subjects = [VietnamesePoetry, MedievalLiterature],
            Series = "Văn học cổ điển Việt Nam",
        },
        Poems("Chinh phụ ngâm", DangTranCon, VanHoc, 2017, 148,
            "Khúc ngâm của người vợ có chồng ra trận, nỗi nhớ thương và khát vọng hạnh phúc lứa đôi.") with
        {
            Contributors = [As(DoanThiDiem, Translator)],
            TranslatedFrom = "chi",
            OriginalTitle = "Chinh phụ ngâm khúc",
            Subjects = [VietnamesePoetry, MedievalLiterature],
            Series = "Văn học cổ điển Việt Nam",
        },
        Poems("Cung oán ngâm khúc", NguyenGiaThieu, VanHoc, 2016, 120,
            "Khúc ngâm song thất lục bát về nỗi oán hận của người cung nữ bị vua ruồng bỏ.") with
        {
            Subjects = [VietnamesePoetry, MedievalLiterature],
            Series = "Văn học cổ điển Việt Nam",
        },
        Poems("Lục Vân Tiên", NguyenDinhChieu, VanHoc, 2018, 216,
            "Truyện thơ Nôm ca ngợi đạo nghĩa qua cuộc đời Lục Vân Tiên và Kiều Nguyệt Nga.") with
        {
            Subjects = [VietnameseVerseTales, MedievalLiterature, DemoSubject.Place("Nam Bộ -- Văn hóa")],
            Series = "Văn học cổ điển Việt Nam",
        },
        Poems("Quốc âm thi tập", NguyenTrai, HoiNhaVan, 2015, 248) with
        {
            Subjects = [VietnamesePoetry, MedievalLiterature],
        },
        Poems("Thơ văn Nguyễn Khuyến", NguyenKhuyen, VanHoc, 2016, 320,
            "Thơ Nôm và thơ chữ Hán của Tam nguyên Yên Đổ, cảnh sắc và con người làng quê Bắc Bộ.") with
        {
            Subjects = [VietnamesePoetry, MedievalLiterature],
        },
        Poems("Thơ Trần Tế Xương", TranTeXuong, VanHoc, 2017, 196) with
        {
            Subjects = [VietnamesePoetry, MedievalLiterature],
        },
        Poems("Thơ Bà Huyện Thanh Quan", BaHuyenThanhQuan, VanHoc, 2018, 96) with
        {
            Subjects = [VietnamesePoetry, MedievalLiterature],
        },
        Book("Truyền kỳ mạn lục", NguyenDuTruyenKy, VanHoc, 2019, "895.9223", 396, VietnameseShortStories, MedievalLiterature) with
        {
            Contributors = [As(TrucKhe, Translator)],
            TranslatedFrom = "chi",
            OriginalTitle = "Truyền kỳ mạn lục",
            LiteraryForm = '1',
            Summary = "Hai mươi truyện truyền kỳ viết bằng chữ Hán thế kỷ XVI, trong đó có Chuyện người con gái Nam Xương.",
        },
        Prose("Vũ trung tùy bút", PhamDinhHo, HoiNhaVan, 2018, 296, VietnameseEssays,
            "Những ghi chép về phong tục, lễ nghi, danh thắng và nhân vật cuối thời Lê - đầu thời Nguyễn.") with
        {
            Contributors = [As(DongChau, Translator)],
            TranslatedFrom = "chi",
            OriginalTitle = "Vũ trung tùy bút",
        },
        Prose("Thượng kinh ký sự", LeHuuTrac, VanHoc, 2017, 184, VietnameseMemoirs,
            "Ghi chép của Hải Thượng Lãn Ông về chuyến lên kinh đô chữa bệnh cho thế tử Trịnh Cán năm 1781.") with
        {
            Contributors = [As(PhanVo, Translator)],
            TranslatedFrom = "chi",
            OriginalTitle = "Thượng kinh ký sự",
            Biography = 'a',
        },
        Book("Hoàng Lê nhất thống chí", NgoGiaVanPhai, VanHoc, 2015, "895.9223", 520, VietnameseNovels, MedievalLiterature) with
        {
            Subtitle = "tiểu thuyết lịch sử",
            Contributors = [As(NguyenDucVan, Translator), As(KieuThuHoach, Translator)],
            TranslatedFrom = "chi",
            OriginalTitle = "Hoàng Lê nhất thống chí",
            LiteraryForm = 'f',
            Summary = "Tiểu thuyết chương hồi về những biến động cuối thời Lê - Trịnh, từ loạn kiêu binh đến khi Quang Trung đại phá quân Thanh.",
        },
    ];
}
