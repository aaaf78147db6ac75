using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoRoles;
using static ThuVien.Catalog.Demo.DemoSubjects;

namespace ThuVien.Catalog.Demo;

/// <summary>Vietnamese literature of 1930-1975: Tự lực văn đoàn, realism, the New Poetry, the wars.</summary>
internal static partial class DemoWorks
{
    private static IEnumerable<DemoWork> VietnameseModern() =>
    [
        Novel("Số đỏ", VuTrongPhung, VanHoc, 2016, 284,
            "Tiểu thuyết trào phúng về xã hội thị dân Hà Nội những năm 1930 qua cuộc đời Xuân Tóc Đỏ.") with
        { Series = "Tủ sách Văn học trong nhà trường" },
        Novel("Giông tố", VuTrongPhung, VanHoc, 2017, 412,
            "Tội ác và sự thăng tiến của Nghị Hách, bức tranh xã hội thực dân nửa phong kiến."),
        Novel("Làm đĩ", VuTrongPhung, HoiNhaVan, 2015, 228),
        Novel("Vỡ đê", VuTrongPhung, VanHoc, 2014, 302),
        Prose("Kỹ nghệ lấy Tây", VuTrongPhung, HoiNhaVan, 2019, 240, VietnameseReportage,
            "Hai thiên phóng sự Kỹ nghệ lấy Tây và Cơm thầy cơm cô về những mảnh đời dưới đáy xã hội Hà Nội."),
        Novel("Tắt đèn", NgoTatTo, VanHoc, 2019, 200,
            "Cảnh sưu thuế ở nông thôn Bắc Bộ trước Cách mạng tháng Tám qua số phận chị Dậu.") with
        { Subjects = [VietnameseNovels, RuralLife], Series = "Tủ sách Văn học trong nhà trường" },
        Novel("Lều chõng", NgoTatTo, VanHoc, 2018, 344,
            "Chốn trường thi và đời sĩ tử trong những khoa thi chữ Hán cuối cùng."),
        Prose("Việc làng", NgoTatTo, HoiNhaVan, 2016, 180, VietnameseReportage,
            "Phóng sự về hủ tục và nạn cường hào ở làng quê Bắc Bộ.") with
        { Subjects = [VietnameseReportage, RuralLife] },
        Stories("Chí Phèo", NamCao, VanHoc, 2016, 276,
            "Tuyển những truyện ngắn tiêu biểu của Nam Cao về người nông dân và người trí thức nghèo trước Cách mạng.") with
        {
            Contents = ["Chí Phèo", "Lão Hạc", "Đời thừa", "Một bữa no", "Dì Hảo", "Lang Rận"],
            Series = "Tủ sách Văn học trong nhà trường",
            Subjects = [VietnameseShortStories, RuralLife],
        },
        Novel("Sống mòn", NamCao, VanHoc, 2018, 264,
            "Cuộc sống mòn mỏi của những nhà giáo nghèo ở ven đô Hà Nội trước Cách mạng tháng Tám."),
        Stories("Truyện Tây Bắc", ToHoai, HoiNhaVan, 2017, 204,
            "Ba truyện về đồng bào các dân tộc Tây Bắc trong kháng chiến chống Pháp, trong đó có Vợ chồng A Phủ.") with
        {
            Contents = ["Mường Giơn", "Cứu đất cứu mường", "Vợ chồng A Phủ"],
            Subjects = [VietnameseShortStories, DemoSubject.Place("Tây Bắc -- Đời sống xã hội")],
        },
        Prose("Cát bụi chân ai", ToHoai, HoiNhaVan, 2017, 300, VietnameseMemoirs,
            "Hồi ký về văn giới Hà Nội: Nguyễn Tuân, Nguyên Hồng, Nam Cao và những người cùng thời.") with
        { Biography = 'd' },
        Prose("Chiều chiều", ToHoai, HoiNhaVan, 2018, 372, VietnameseMemoirs) with { Biography = 'a' },
        Stories("Gió đầu mùa", ThachLam, VanHoc, 2016, 192,
            "Những truyện ngắn nhẹ nhàng, giàu cảm xúc về người nghèo, trong đó có Gió lạnh đầu mùa và Nhà mẹ Lê."),
        Stories("Nắng trong vườn", ThachLam, VanHoc, 2015, 200,
            "Tập truyện ngắn in năm 1938, trong đó có Hai đứa trẻ, bức tranh phố huyện nghèo lúc chiều tàn."),
        Prose("Hà Nội băm sáu phố phường", ThachLam, HoiNhaVan, 2019, 148, VietnameseEssays,
            "Những trang tùy bút về quà bánh, nếp sống và phố phường Hà Nội xưa.") with
        { Subjects = [VietnameseEssays, DemoSubject.Place("Hà Nội -- Phong tục tập quán")] },
        Novel("Đoạn tuyệt", NhatLinh, VanHoc, 2017, 252,
            "Cuộc đấu tranh của Loan chống lại lễ giáo gia đình phong kiến; tiểu thuyết tiêu biểu của Tự lực văn đoàn."),
        Novel("Hồn bướm mơ tiên", KhaiHung, VanHoc, 2016, 132),
        Novel("Nửa chừng xuân", KhaiHung, VanHoc, 2015, 276),
        Stories("Vang bóng một thời", NguyenTuan, VanHoc, 2017, 196,
            "Những thú chơi tao nhã và con người tài hoa của một thời đã qua: thư pháp, thả thơ, uống trà.") with
        { Subjects = [VietnameseShortStories, ModernLiterature] },
        Poems("Thơ thơ", XuanDieu, VanHoc, 2016, 120) with { Subjects = [VietnamesePoetry, NewPoetry] },
        Poems("Gái quê", HanMacTu, HoiNhaVan, 2017, 112) with { Subjects = [VietnamesePoetry, NewPoetry] },
        Poems("Lửa thiêng", HuyCan, HoiNhaVan, 2018, 108) with { Subjects = [VietnamesePoetry, NewPoetry] },
        Book("Thi nhân Việt Nam", HoaiThanh, VanHoc, 2018, "895.9221", 420, NewPoetry, DemoSubject.Topic("Thơ mới -- Nghiên cứu văn học")) with
        {
            Contributors = [As(HoaiChan, CoAuthor)],
            Responsibility = "Hoài Thanh, Hoài Chân",
            Note = "In lần đầu năm 1942.",
            Summary = "Tuyển thơ và bình luận về phong trào Thơ mới 1932-1941, với bài Một thời đại trong thi ca.",
            LiteraryForm = 'p',
        },
        Poems("Từ ấy", ToHuu, VanHoc, 2019, 150),
        Poems("Việt Bắc", ToHuu, VanHoc, 2015, 120) with { Subjects = [VietnamesePoetry, AntiFrenchWar] },
        Novel("Bỉ vỏ", NguyenHong, VanHoc, 2017, 300),
        Prose("Những ngày thơ ấu", NguyenHong, VanHoc, 2016, 152, VietnameseMemoirs,
            "Hồi ký về tuổi thơ cay đắng của tác giả ở Nam Định.") with { Biography = 'a' },
        Prose("Thương nhớ mười hai", VuBang, VanHoc, 2019, 260, VietnameseEssays,
            "Mười hai tháng trong năm của đất Bắc qua nỗi nhớ của người xa quê."),
        Stories("Hương rừng Cà Mau", SonNam, Tre, 2018, 604,
            "Những truyện ngắn về đất và người miền rừng U Minh, Cà Mau.") with
        { Subjects = [VietnameseShortStories, DemoSubject.Place("Cà Mau -- Đời sống xã hội")] },
        Novel("Sống mãi với thủ đô", NguyenHuyTuong, VanHoc, 2015, 480,
            "Những ngày đầu kháng chiến toàn quốc ở Hà Nội, mùa đông năm 1946.") with
        { Subjects = [VietnameseNovels, AntiFrenchWar] },
        Novel("Đất nước đứng lên", NguyenNgoc, VanHoc, 2015, 280) with { Subjects = [VietnameseNovels, AntiFrenchWar] },
        Novel("Hòn Đất", AnhDuc, VanHoc, 2015, 380) with { Subjects = [VietnameseNovels, AntiAmericanWar] },
        Novel("Dấu chân người lính", NguyenMinhChau, QuanDoi, 2015, 420) with { Subjects = [VietnameseNovels, AntiAmericanWar] },
        Stories("Chiếc lược ngà", NguyenQuangSang, VanHoc, 2017, 248) with { Subjects = [VietnameseShortStories, AntiAmericanWar] },
        Stories("Vợ nhặt", KimLan, VanHoc, 2019, 200),
        Prose("Nhật ký Đặng Thùy Trâm", DangThuyTram, HoiNhaVan, 2005, 296, DemoSubject.Topic("Văn học Việt Nam -- Nhật ký"),
            "Nhật ký của nữ bác sĩ Đặng Thùy Trâm ở chiến trường Đức Phổ, Quảng Ngãi, từ 1968 đến khi hy sinh năm 1970.") with
        {
            Biography = 'a',
            Subjects = [DemoSubject.Topic("Văn học Việt Nam -- Nhật ký"), AntiAmericanWar, DemoSubject.Lcsh("Vietnam War, 1961-1975 -- Personal narratives, Vietnamese")],
        },
    ];
}
