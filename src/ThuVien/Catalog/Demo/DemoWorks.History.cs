using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoRoles;
using static ThuVien.Catalog.Demo.DemoSubject;
using static ThuVien.Catalog.Demo.DemoSubjects;

namespace ThuVien.Catalog.Demo;

/// <summary>Vietnamese history, culture and geography, in Vietnamese and in English; and the great multivolume sets.</summary>
internal static partial class DemoWorks
{
    private static IEnumerable<DemoWork> HistoryAndGeography() =>
    [
        Book("Việt Nam sử lược", TranTrongKim, HongDuc, 2019, "959.7", 600, VietnamHistory) with
        { Summary = "Bộ thông sử Việt Nam đầu tiên viết bằng chữ quốc ngữ, từ thời Hồng Bàng đến đầu thời Pháp thuộc; in lần đầu năm 1920." },
        Book("Việt Nam văn hóa sử cương", DaoDuyAnh, HoiNhaVan, 2018, "306.09597", 400, VietnamCulture, Place("Việt Nam -- Văn hóa -- Lịch sử")),
        Book("Đất nước Việt Nam qua các đời", DaoDuyAnh, HongDuc, 2016, "911.597", 330, Place("Việt Nam -- Địa lý lịch sử")) with
        { Subtitle = "nghiên cứu địa lý học lịch sử Việt Nam" },
        Book("Việt Nam phong tục", PhanKeBinh, HongDuc, 2018, "390.09597", 360, Place("Việt Nam -- Phong tục tập quán")) with
        { Summary = "Phong tục trong gia tộc, hương đảng và xã hội người Việt đầu thế kỷ XX." },
        Book("Tiến trình lịch sử Việt Nam", null, GiaoDuc, 2015, "959.7", 400, VietnamHistory) with
        { Contributors = [As(NguyenQuangNgoc, Editor)], Edition = "Tái bản lần thứ 12" },
        Book("Sử Việt - 12 khúc tráng ca", DungPhan, HoiNhaVan, 2018, "959.7", 300, VietnamHistory) with { Illustrated = true },
        Book("Việt Nam - lãnh thổ và các vùng địa lý", LeBaThao, TheGioi, 2002, "915.97", 600, VietnamGeography),
        Book("Vietnam", Karnow, PenguinUs, 1997, "959.704", 752, Lcsh("Vietnam War, 1961-1975"), LcshPlace("Vietnam -- History -- 1945-1975"), AntiAmericanWar) with
        { Subtitle = "a history", Language = "eng", Edition = "Second revised and updated edition", Illustrated = true },
        Book("Fire in the lake", FrancesFitzGerald, BackBay, 2002, "959.7043", 491, Lcsh("Vietnam War, 1961-1975"), AntiAmericanWar) with
        { Subtitle = "the Vietnamese and the Americans in Vietnam", Language = "eng" },
        Book("A bright shining lie", Sheehan, VintageUs, 1989, "959.7043", 861, Lcsh("Vietnam War, 1961-1975 -- United States"), AntiAmericanWar) with
        { Subtitle = "John Paul Vann and America in Vietnam", Language = "eng", Biography = 'b' },
        Book("A history of the Vietnamese", KeithTaylor, Cambridge, 2013, "959.7", 696, LcshVietnamHistory, VietnamHistory) with
        { Language = "eng", Illustrated = true, Height = 24 },
        Book("Vietnam", Goscha, BasicBooks, 2016, "959.7", 576, LcshVietnamHistory, VietnamHistory) with
        { Subtitle = "a new history", Language = "eng", Illustrated = true, Height = 24 },
    ];

    private static IEnumerable<DemoWork> HistorySets() =>
    [
        .. Volumes(15, volume => Book("Lịch sử Việt Nam", null, KhoaHocXaHoi, 2017, "959.7", 560 + (volume * 53 % 300), VietnamHistory) with
        {
            PartNumber = $"T. {volume}",
            Body = ["Viện Hàn lâm Khoa học xã hội Việt Nam", "Viện Sử học"],
            Illustrated = true,
            Height = 24,
            Summary = volume == 1 ? "Bộ thông sử 15 tập của Viện Sử học, từ thời tiền sử đến đầu thế kỷ XXI." : null,
        }),
        .. Volumes(4, volume => Book("Đại Việt sử ký toàn thư", null, KhoaHocXaHoi, 1998, "959.7", 320 + (volume * 41), VietnamHistory) with
        {
            PartNumber = $"T. {volume}",
            Responsibility = "Ngô Sĩ Liên và các sử thần triều Lê ; Hoàng Văn Lâu dịch",
            Contributors = [As(HoangVanLau, Translator)],
            TranslatedFrom = "chi",
            OriginalTitle = "Đại Việt sử ký toàn thư",
        }),
        .. Volumes(5, volume => Book("Đại Nam nhất thống chí", null, ThuanHoa, 2006, "915.97", 380 + (volume * 29), VietnamGeography, Place("Việt Nam -- Lịch sử -- Nhà Nguyễn, 1802-1945")) with
        {
            PartNumber = $"T. {volume}",
            Body = ["Quốc sử quán triều Nguyễn"],
            Contributors = [As(PhamTrongDiem, Translator), As(DaoDuyAnh, Reviser)],
            TranslatedFrom = "chi",
            OriginalTitle = "Đại Nam nhất thống chí",
        }),
        .. Volumes(5, volume => Book("Kho tàng truyện cổ tích Việt Nam", NguyenDongChi, GiaoDuc, 2000, "398.209597", 420 + (volume * 17), FolkTales) with
        {
            PartNumber = $"T. {volume}",
            LiteraryForm = '1',
            Summary = volume == 1 ? "Công trình sưu tầm và nghiên cứu truyện cổ tích các dân tộc Việt Nam, kèm phần khảo dị và nhận xét." : null,
        }),
    ];
}
