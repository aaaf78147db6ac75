using static ThuVien.Catalog.Demo.DemoPerson;

namespace ThuVien.Catalog.Demo;

/// <summary>The people of the demo catalogue: Vietnamese scholars, translators, illustrators, musicians and film makers.</summary>
internal static partial class DemoPeople
{
    public static readonly DemoPerson DaoDuyAnh = Direct("Đào Duy Anh", "1904-1988");
    public static readonly DemoPerson HoangPhe = Direct("Hoàng Phê", "1919-2005");
    public static readonly DemoPerson NguyenNhuY = Direct("Nguyễn Như Ý");
    public static readonly DemoPerson NguyenDongChi = Direct("Nguyễn Đổng Chi", "1915-1984");
    public static readonly DemoPerson NguyenHienLe = Direct("Nguyễn Hiến Lê", "1912-1984");
    public static readonly DemoPerson NguyenQuangNgoc = Direct("Nguyễn Quang Ngọc", "1952-");
    public static readonly DemoPerson LeBaThao = Direct("Lê Bá Thảo");
    public static readonly DemoPerson LeKhaKe = Direct("Lê Khả Kế");
    public static readonly DemoPerson DangChanLieu = Direct("Đặng Chấn Liêu");
    public static readonly DemoPerson VuDung = Direct("Vũ Dung");
    public static readonly DemoPerson VuThuyAnh = Direct("Vũ Thúy Anh");
    public static readonly DemoPerson VuQuangHao = Direct("Vũ Quang Hào");
    public static readonly DemoPerson DoDucHieu = Direct("Đỗ Đức Hiểu", "1924-2003");
    public static readonly DemoPerson LeVanViet = Direct("Lê Văn Viết");
    public static readonly DemoPerson NguyenDinhTri = Direct("Nguyễn Đình Trí");
    public static readonly DemoPerson TaVanDinh = Direct("Tạ Văn Đĩnh");
    public static readonly DemoPerson NguyenHoQuynh = Direct("Nguyễn Hồ Quỳnh");
    public static readonly DemoPerson LuongDuyenBinh = Direct("Lương Duyên Bình");
    public static readonly DemoPerson DoXuanLoi = Direct("Đỗ Xuân Lôi");
    public static readonly DemoPerson HaHuyKhoai = Direct("Hà Huy Khoái", "1946-");
    public static readonly DemoPerson BuiManhHung = Direct("Bùi Mạnh Hùng");
    public static readonly DemoPerson VuVanHung = Direct("Vũ Văn Hùng");
    public static readonly DemoPerson HoangVanVan = Direct("Hoàng Văn Vân");

    public static readonly DemoPerson TrucKhe = Direct("Trúc Khê");
    public static readonly DemoPerson DongChau = Direct("Đông Châu");
    public static readonly DemoPerson PhanVo = Direct("Phan Võ");
    public static readonly DemoPerson NguyenDucVan = Direct("Nguyễn Đức Vân");
    public static readonly DemoPerson KieuThuHoach = Direct("Kiều Thu Hoạch");
    public static readonly DemoPerson HoangVanLau = Direct("Hoàng Văn Lâu");
    public static readonly DemoPerson PhamTrongDiem = Direct("Phạm Trọng Điềm");
    public static readonly DemoPerson LyLan = Direct("Lý Lan", "1957-");
    public static readonly DemoPerson HuynhLy = Direct("Huỳnh Lý");
    public static readonly DemoPerson VuDinhLien = Direct("Vũ Đình Liên", "1913-1996");
    public static readonly DemoPerson LeTriVien = Direct("Lê Trí Viễn", "1919-2005");
    public static readonly DemoPerson CaoXuanHao = Direct("Cao Xuân Hạo", "1930-2007");
    public static readonly DemoPerson NhuThanh = Direct("Nhữ Thành");
    public static readonly DemoPerson HoangThieuSon = Direct("Hoàng Thiếu Sơn");
    public static readonly DemoPerson TruongXuyen = Direct("Trường Xuyên");
    public static readonly DemoPerson ThepMoi = Direct("Thép Mới", "1925-1991");
    public static readonly DemoPerson HuyVan = Direct("Huy Vân");
    public static readonly DemoPerson LeHuyBac = Direct("Lê Huy Bắc");
    public static readonly DemoPerson NguyenTrungDuc = Direct("Nguyễn Trung Đức");
    public static readonly DemoPerson PhamDinhLoi = Direct("Phạm Đình Lợi");
    public static readonly DemoPerson NguyenQuocDung = Direct("Nguyễn Quốc Dũng");
    public static readonly DemoPerson TrinhLu = Direct("Trịnh Lữ");
    public static readonly DemoPerson LeChuCau = Direct("Lê Chu Cầu");
    public static readonly DemoPerson DuongTuong = Direct("Dương Tường", "1932-2022");
    public static readonly DemoPerson DiepMinhTam = Direct("Diệp Minh Tâm");
    public static readonly DemoPerson NgocThuLang = Direct("Ngọc Thứ Lang");
    public static readonly DemoPerson TracPhong = Direct("Trác Phong");
    public static readonly DemoPerson NguyenVanHai = Direct("Nguyễn Văn Hải");
    public static readonly DemoPerson VuMinhToan = Direct("Vũ Minh Toàn");
    public static readonly DemoPerson CaoChi = Direct("Cao Chi");
    public static readonly DemoPerson PhamVanThieu = Direct("Phạm Văn Thiều");
    public static readonly DemoPerson NguyenThuyChung = Direct("Nguyễn Thủy Chung");
    public static readonly DemoPerson HuynhKimOanh = Direct("Huỳnh Kim Oanh");
    public static readonly DemoPerson PhamViemPhuong = Direct("Phạm Viêm Phương");
    public static readonly DemoPerson AnhVu = Direct("Anh Vũ");
    public static readonly DemoPerson NguyenBichLan = Direct("Nguyễn Bích Lan");
    public static readonly DemoPerson ToYenLy = Direct("Tô Yến Ly");
    public static readonly DemoPerson NguyenBan = Direct("Nguyễn Bản");
    public static readonly DemoPerson DoThuHa = Direct("Đỗ Thu Hà");
    public static readonly DemoPerson PhungKhanh = Direct("Phùng Khánh");
    public static readonly DemoPerson HuynhSanhThong = Direct("Huỳnh Sanh Thông", "1926-2008");
    public static readonly DemoPerson PhanThanhHao = Direct("Phan Thanh Hảo");

    public static readonly DemoPerson TaHuyLong = Direct("Tạ Huy Long", "1952-");
    public static readonly DemoPerson DoHoangTuong = Direct("Đỗ Hoàng Tường");

    public static readonly DemoPerson TrinhCongSon = Direct("Trịnh Công Sơn", "1939-2001");
    public static readonly DemoPerson VanCao = Direct("Văn Cao", "1923-1995");
    public static readonly DemoPerson KhanhLy = Direct("Khánh Ly", "1945-");
    public static readonly DemoPerson QuachThiHo = Direct("Quách Thị Hồ", "1909-2001");
    public static readonly DemoPerson NguyenHongSen = Direct("Nguyễn Hồng Sến", "1929-1998");
    public static readonly DemoPerson HaiNinh = Direct("Hải Ninh", "1931-2009");
    public static readonly DemoPerson TranAnhHung = Direct("Trần Anh Hùng", "1962-");
    public static readonly DemoPerson LuuHuynh = Direct("Lưu Huỳnh", "1969-");
    public static readonly DemoPerson VictorVu = Direct("Victor Vũ", "1975-");
    public static readonly DemoPerson TranVanThuy = Direct("Trần Văn Thủy", "1940-");
}
