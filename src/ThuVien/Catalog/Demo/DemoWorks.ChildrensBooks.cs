using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoRoles;
using static ThuVien.Catalog.Demo.DemoSubjects;

namespace ThuVien.Catalog.Demo;

/// <summary>Vietnamese books for children (sách thiếu nhi), shelved in the children's room.</summary>
internal static partial class DemoWorks
{
    private static readonly string[] FolkTaleTitles =
    [
        "Con Rồng cháu Tiên", "Thánh Gióng", "Sơn Tinh, Thủy Tinh", "Sự tích bánh chưng, bánh giầy", "Tấm Cám",
        "Thạch Sanh", "Sọ Dừa", "Cây tre trăm đốt", "Sự tích dưa hấu", "Cây khế",
    ];

    private static IEnumerable<DemoWork> ChildrensBooks() =>
    [
        Children("Dế Mèn phiêu lưu ký", ToHoai, KimDong, 2020, "895.9223", 144, ChildrensStories) with
        {
            Contributors = [As(TaHuyLong, Illustrator)],
            LiteraryForm = 'f',
            Edition = "Tái bản lần thứ 15",
            Series = "Tủ sách Tác phẩm chọn lọc dành cho thiếu nhi",
            Summary = "Chú Dế Mèn kiêu căng sau bài học về cái chết của Dế Choắt đã lên đường phiêu lưu, kết bạn với Dế Trũi và trưởng thành.",
        },
        Children("Đất rừng phương Nam", DoanGioi, KimDong, 2019, "895.9223", 336, ChildrensStories) with
        {
            LiteraryForm = 'f',
            Series = "Tủ sách Tác phẩm chọn lọc dành cho thiếu nhi",
            Summary = "Cậu bé An lưu lạc giữa rừng tràm U Minh những năm đầu kháng chiến chống Pháp, gặp tía nuôi, má nuôi và thằng Cò.",
            Subjects = [ChildrensStories, DemoSubject.Place("Nam Bộ -- Tiểu thuyết")],
        },
        Children("Góc sân và khoảng trời", TranDangKhoa, KimDong, 2019, "895.9221", 160, ChildrensPoetry) with
        { LiteraryForm = 'p', Summary = "Những bài thơ Trần Đăng Khoa viết từ năm tám tuổi về làng quê, về Hạt gạo làng ta, về Mẹ ốm." },
        Children("Lá cờ thêu sáu chữ vàng", NguyenHuyTuong, KimDong, 2020, "895.9223", 112, ChildrensStories) with
        { LiteraryForm = 'f', Summary = "Hoài Văn hầu Trần Quốc Toản bóp nát quả cam và thêu cờ đi đánh giặc Nguyên Mông." },
        .. Volumes(2, volume => Children("Tuổi thơ dữ dội", PhungQuan, KimDong, 2018, "895.9223", 400 + (volume * 12), ChildrensStories, AntiFrenchWar) with
        {
            PartNumber = $"T. {volume}",
            LiteraryForm = 'f',
            Audience = 'd',
            Summary = volume == 1 ? "Những thiếu niên trinh sát Trung đoàn Trần Cao Vân ở Huế trong kháng chiến chống Pháp." : null,
        }),
        Children("Bầu trời trong quả trứng", XuanQuynh, KimDong, 2018, "895.9221", 48, ChildrensPoetry) with { LiteraryForm = 'p', Height = 24 },
        Children("Tôi là Bêtô", NguyenNhatAnh, Tre, 2016, "895.9223", 224, ChildrensStories) with
        { Contributors = [As(DoHoangTuong, Illustrator)], LiteraryForm = 'f', Summary = "Thế giới loài người qua đôi mắt chú cún Bêtô." },
        Children("Có hai con mèo ngồi bên cửa sổ", NguyenNhatAnh, Tre, 2018, "895.9223", 212, ChildrensStories) with
        { Contributors = [As(DoHoangTuong, Illustrator)], LiteraryForm = 'f' },
        Children("Con chó nhỏ mang giỏ hoa hồng", NguyenNhatAnh, Tre, 2016, "895.9223", 252, ChildrensStories) with
        { Contributors = [As(DoHoangTuong, Illustrator)], LiteraryForm = 'f' },
        .. Volumes(12, volume => Children("Kính vạn hoa", NguyenNhatAnh, KimDong, 2019, "895.9223", 300 + (volume * 7 % 40), ChildrensStories) with
        {
            PartNumber = $"T. {volume}",
            LiteraryForm = 'f',
            Illustrated = false,
            Audience = 'c',
            Summary = volume == 1 ? "Những chuyện vui buồn ở trường lớp và khu phố của ba bạn Quý ròm, Tiểu Long và nhỏ Hạnh." : null,
        }),
        .. FolkTaleTitles.Select(tale => Children(tale, null, KimDong, 2020, "398.209597", 24, FolkTales) with
        {
            Series = "Truyện cổ tích Việt Nam",
            LiteraryForm = '1',
            Height = 24,
            Audience = 'a',
        }),
    ];
}
