using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoRoles;
using static ThuVien.Catalog.Demo.DemoSubject;
using static ThuVien.Catalog.Demo.DemoSubjects;

namespace ThuVien.Catalog.Demo;

/// <summary>Maps and atlases (leader/06 e), audiobooks (i), music (j) and films on DVD (g).</summary>
internal static partial class DemoWorks
{
    private static IEnumerable<DemoWork> MapsAndMedia() =>
    [
        Work(DemoKind.Map, "Atlat Địa lí Việt Nam", null, GiaoDuc, 2023, "912.597", 32, Place("Việt Nam -- Tập bản đồ")) with
        { Map = new DemoMap("Tỷ lệ khác nhau", null, true), Height = 30, Summary = "Tập bản đồ địa lí tự nhiên, dân cư và kinh tế các vùng, dùng trong nhà trường phổ thông." },
        Work(DemoKind.Map, "Tập bản đồ hành chính Việt Nam", null, BanDo, 2018, "912.597", 128, Place("Việt Nam -- Tập bản đồ")) with
        { Map = new DemoMap("Tỷ lệ khác nhau", null, true), Height = 29 },
        Work(DemoKind.Map, "Bản đồ hành chính Việt Nam", null, BanDo, 2022, "912.597", 0, VietnamMaps) with
        { Map = new DemoMap("Tỷ lệ 1:2.200.000", 2_200_000, false), Dimensions = "79 x 109 cm" },
        Work(DemoKind.Map, "Bản đồ du lịch Hà Nội", null, BanDo, 2019, "912.59731", 0, Place("Hà Nội -- Bản đồ")) with
        { Map = new DemoMap("Tỷ lệ 1:15.000", 15_000, false), Dimensions = "60 x 84 cm", Subtitle = "Hanoi tourist map", AlsoIn = ["eng"] },
        Work(DemoKind.Map, "Bản đồ Thành phố Hồ Chí Minh", null, BanDo, 2020, "912.59779", 0, Place("Thành phố Hồ Chí Minh -- Bản đồ")) with
        { Map = new DemoMap("Tỷ lệ 1:25.000", 25_000, false), Dimensions = "84 x 120 cm" },

        Work(DemoKind.SpokenWord, "Dế Mèn phiêu lưu ký", ToHoai, KimDong, 2021, "895.9223", 0, ChildrensStories, Topic("Văn học thiếu nhi -- Sách nói")) with
        { Subtitle = "sách nói", Extent = "1 đĩa CD MP3 (4 giờ 10 phút)", Audience = 'j', LiteraryForm = 'f' },
        Work(DemoKind.SpokenWord, "Truyện Kiều", NguyenDu, PhuongNam, 2010, "895.9221", 0, VietnameseVerseTales, Topic("Ngâm thơ -- Việt Nam")) with
        { Subtitle = "ngâm thơ", Minutes = 72, LiteraryForm = 'p', Note = "Trích đoạn Truyện Kiều qua các làn điệu ngâm Bắc và ngâm Nam." },
        Work(DemoKind.SpokenWord, "Tôi thấy hoa vàng trên cỏ xanh", NguyenNhatAnh, Tre, 2019, "895.9223", 0, VietnameseNovels, Topic("Văn học Việt Nam -- Sách nói")) with
        { Subtitle = "sách nói", Extent = "1 đĩa CD MP3 (7 giờ 35 phút)", LiteraryForm = 'f' },
        Work(DemoKind.Music, "Tình khúc Trịnh Công Sơn", TrinhCongSon, PhuongNam, 2005, "782.42164", 0, Topic("Ca khúc -- Việt Nam"), Topic("Nhạc trữ tình -- Việt Nam")) with
        {
            Minutes = 62,
            Contributors = [As(KhanhLy, Performer)],
            Cast = "Khánh Ly trình bày.",
            Contents = ["Diễm xưa", "Hạ trắng", "Biển nhớ", "Cát bụi", "Như cánh vạc bay", "Ru em từng ngón xuân nồng"],
        },
        Work(DemoKind.Music, "Tuyển tập ca khúc Văn Cao", VanCao, PhuongNam, 2008, "782.42164", 0, Topic("Ca khúc -- Việt Nam")) with
        {
            Minutes = 58,
            Cast = "Nhiều ca sĩ trình bày.",
            Contents = ["Thiên thai", "Trương Chi", "Buồn tàn thu", "Suối mơ", "Làng tôi", "Mùa xuân đầu tiên"],
        },
        Work(DemoKind.Music, "Nghệ thuật ca trù", QuachThiHo, PhuongNam, 2012, "781.62", 0, Topic("Ca trù")) with
        { Minutes = 55, Cast = "Quách Thị Hồ hát.", Summary = "Những bài ca trù qua giọng hát của nghệ nhân Quách Thị Hồ." },
        Work(DemoKind.Music, "Quan họ Bắc Ninh", null, PhuongNam, 2011, "781.62", 0, Topic("Dân ca quan họ"), Place("Bắc Ninh -- Văn hóa")) with
        {
            Subtitle = "những làn điệu cổ",
            Minutes = 64,
            Cast = "Nhà hát Dân ca Quan họ Bắc Ninh trình bày.",
            Contents = ["Người ơi người ở đừng về", "Mời trầu", "Ngồi tựa mạn thuyền", "Còn duyên", "Trống cơm"],
        },

        Film("Cánh đồng hoang", NguyenHongSen, HangPhimGiaiPhong, 2010, 1979, 100,
            "Vợ chồng Ba Đô và đứa con nhỏ sống giữa đồng nước Đồng Tháp Mười trong những năm kháng chiến chống Mỹ.") with
        { BlackAndWhite = true, Credits = "Kịch bản: Nguyễn Quang Sáng.", Cast = "Lâm Tới, Thúy An.", Subjects = [Topic("Phim truyện -- Việt Nam"), AntiAmericanWar] },
        Film("Em bé Hà Nội", HaiNinh, HangPhimTruyen, 2012, 1974, 70,
            "Bé Ngọc Hà đi tìm bố giữa Hà Nội đổ nát sau những trận ném bom tháng 12 năm 1972.") with
        { BlackAndWhite = true, Subjects = [Topic("Phim truyện -- Việt Nam"), AntiAmericanWar, Place("Hà Nội -- Lịch sử -- 1972")] },
        Film("Mùi đu đủ xanh", TranAnhHung, PhuongNam, 2008, 1993, 104,
            "Cô bé Mùi đến làm người ở cho một gia đình ở Sài Gòn những năm 1950 và lớn lên trong lặng lẽ.") with
        { SubtitlesIn = "eng" },
        Film("Áo lụa Hà Đông", LuuHuynh, PhuongNam, 2007, 2006, 115,
            "Số phận người phụ nữ và tấm áo dài lụa Hà Đông qua những năm chiến tranh.") with
        { Cast = "Trương Ngọc Ánh, Quách Ngọc Ngoan." },
        Film("Tôi thấy hoa vàng trên cỏ xanh", VictorVu, GalaxyStudio, 2016, 2015, 103,
            "Tuổi thơ của hai anh em Thiều và Tường ở một làng quê miền Trung.") with
        { Cast = "Thịnh Vinh, Thanh Mỹ.", Note = "Dựa theo tiểu thuyết cùng tên của Nguyễn Nhật Ánh." },
        Film("Mắt biếc", VictorVu, GalaxyStudio, 2020, 2019, 117,
            "Ngạn yêu Hà Lan từ thuở nhỏ ở làng Đo Đo, nhưng cô bạn có đôi mắt biếc lại chọn cuộc sống thị thành.") with
        { Cast = "Trần Nghĩa, Trúc Anh.", Note = "Dựa theo tiểu thuyết cùng tên của Nguyễn Nhật Ánh.", SubtitlesIn = "eng" },
        Film("Hà Nội trong mắt ai", TranVanThuy, HangPhimTaiLieu, 2010, 1982, 45,
            "Phim tài liệu về văn hóa và lịch sử Thăng Long - Hà Nội qua những di tích và con người.") with
        { BlackAndWhite = true, Subjects = [Topic("Phim tài liệu -- Việt Nam"), Place("Hà Nội -- Văn hóa")] },
    ];

    /// <summary>A Vietnamese film on DVD: title main entry, the director as 700, made in one year and issued in another.</summary>
    private static DemoWork Film(string title, DemoPerson director, DemoPublisher publisher, int discYear, int madeIn, int minutes, string summary) =>
        Work(DemoKind.Video, title, null, publisher, discYear, "791.4372", 0, Topic("Phim truyện -- Việt Nam")) with
        {
            ProductionYear = madeIn,
            Minutes = minutes,
            Contributors = [As(director, Director)],
            Audience = 'g',
            Summary = summary,
        };
}
