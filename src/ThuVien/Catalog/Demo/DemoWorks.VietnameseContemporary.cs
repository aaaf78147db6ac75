using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoRoles;
using static ThuVien.Catalog.Demo.DemoSubjects;

namespace ThuVien.Catalog.Demo;

/// <summary>Vietnamese literature since 1975, and the yearly anthologies of short stories.</summary>
internal static partial class DemoWorks
{
    private static IEnumerable<DemoWork> VietnameseContemporary() =>
    [
        Novel("Nỗi buồn chiến tranh", BaoNinh, HoiNhaVan, 2018, 324,
            "Ký ức chiến tranh và mối tình tan vỡ của Kiên, người lính trinh sát sống sót trở về sau cuộc chiến.") with
        {
            Note = "In lần đầu năm 1990 với tên Thân phận của tình yêu.",
            Subjects = [VietnameseNovels, AntiAmericanWar, LcshVietnamWarFiction],
        },
        Stories("Tướng về hưu", NguyenHuyThiep, HoiNhaVan, 2017, 368,
            "Những truyện ngắn đầu tay làm nên tên tuổi Nguyễn Huy Thiệp cuối thập niên 1980."),
        Stories("Những ngọn gió Hua Tát", NguyenHuyThiep, HoiNhaVan, 2018, 220),
        Poems("Thơ Xuân Quỳnh", XuanQuynh, VanHoc, 2017, 200,
            "Tuyển thơ tình và thơ về gia đình của Xuân Quỳnh, trong đó có Sóng, Thuyền và biển, Tự hát."),
        Poems("Tự hát", XuanQuynh, HoiNhaVan, 2019, 96),
        Novel("Mùa lá rụng trong vườn", MaVanKhang, VanHoc, 2017, 368),
        Novel("Thời xa vắng", LeLuu, VanHoc, 2016, 420,
            "Cuộc đời Giang Minh Sài, người lính sống theo ý muốn của người khác, từ làng quê đến thành phố."),
        Stories("Bến quê", NguyenMinhChau, VanHoc, 2019, 300),
        Novel("Ăn mày dĩ vãng", ChuLai, HoiNhaVan, 2016, 360) with { Subjects = [VietnameseNovels, AntiAmericanWar] },
        Stories("Cánh đồng bất tận", NguyenNgocTu, Tre, 2019, 220,
            "Những phận người lênh đênh theo đàn vịt chạy đồng ở miền Tây Nam Bộ.") with
        { Subjects = [VietnameseShortStories, DemoSubject.Place("Nam Bộ -- Đời sống xã hội")] },
        Novel("Sông", NguyenNgocTu, Tre, 2012, 228),
        Stories("Gáy người thì lạnh", NguyenNgocTu, Tre, 2012, 188),
        Novel("Cõi người rung chuông tận thế", HoAnhThai, Tre, 2017, 240),
        Novel("Mình và họ", NguyenBinhPhuong, Tre, 2014, 232),
        Novel("Hồ Quý Ly", NguyenXuanKhanh, PhuNu, 2017, 740,
            "Tiểu thuyết lịch sử về Hồ Quý Ly và những cải cách cuối thời Trần.") with
        { Subtitle = "tiểu thuyết lịch sử", Subjects = [VietnameseNovels, DemoSubject.Place("Việt Nam -- Lịch sử -- Nhà Hồ, 1400-1407")] },
        Novel("Mẫu Thượng Ngàn", NguyenXuanKhanh, PhuNu, 2019, 820,
            "Làng Cổ Đình cuối thế kỷ XIX và tín ngưỡng thờ Mẫu trước sự xâm nhập của văn minh phương Tây."),
        Novel("Mắt biếc", NguyenNhatAnh, Tre, 2019, 300,
            "Mối tình đơn phương của Ngạn dành cho Hà Lan, cô bạn thuở nhỏ có đôi mắt biếc, từ làng Đo Đo ra thành phố.") with
        { Edition = "In lần thứ 52" },
        Novel("Tôi thấy hoa vàng trên cỏ xanh", NguyenNhatAnh, Tre, 2018, 378,
            "Tuổi thơ của hai anh em Thiều và Tường ở một làng quê nghèo miền Trung.") with
        { Contributors = [As(DoHoangTuong, Illustrator)], Illustrated = true, Edition = "In lần thứ 68" },
        Novel("Cho tôi xin một vé đi tuổi thơ", NguyenNhatAnh, Tre, 2018, 218,
            "Cu Mùi và đám bạn nhìn lại những trò tinh nghịch của tuổi thơ; Giải thưởng Văn học ASEAN 2010.") with
        { Contributors = [As(DoHoangTuong, Illustrator)], Illustrated = true },
        Novel("Ngồi khóc trên cây", NguyenNhatAnh, Tre, 2019, 376) with { Contributors = [As(DoHoangTuong, Illustrator)], Illustrated = true },
        Novel("Cô gái đến từ hôm qua", NguyenNhatAnh, Tre, 2017, 228),
        Novel("Bảy bước tới mùa hè", NguyenNhatAnh, Tre, 2015, 280),
        Novel("Ngày xưa có một chuyện tình", NguyenNhatAnh, Tre, 2016, 304),
        Novel("Cây chuối non đi giày xanh", NguyenNhatAnh, Tre, 2018, 288) with { Contributors = [As(DoHoangTuong, Illustrator)], Illustrated = true },
    ];

    /// <summary>A yearly anthology, the kind of volume a public library takes every year.</summary>
    private static IEnumerable<DemoWork> Anthologies() =>
        Enumerable.Range(2012, 12).Select(year =>
            Book($"Truyện ngắn hay {year}", null, HoiNhaVan, year, "895.9223", 280 + (year * 37 % 90), VietnameseShortStories) with
            {
                Responsibility = "Nhiều tác giả",
                LiteraryForm = 'j',
                Subjects = [VietnameseShortStories, ModernLiterature],
                Summary = $"Những truyện ngắn được bạn đọc và giới phê bình chú ý trong năm {year}, chọn từ các tạp chí văn chương.",
            });
}
