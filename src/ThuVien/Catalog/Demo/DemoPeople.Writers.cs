using static ThuVien.Catalog.Demo.DemoPerson;

namespace ThuVien.Catalog.Demo;

/// <summary>The people of the demo catalogue: Vietnamese writers, old and new.</summary>
internal static partial class DemoPeople
{
    public static readonly DemoPerson NguyenDu = Direct("Nguyễn Du", "1765-1820");
    public static readonly DemoPerson HoXuanHuong = Direct("Hồ Xuân Hương", "1772-1822");
    public static readonly DemoPerson DangTranCon = Direct("Đặng Trần Côn");
    public static readonly DemoPerson DoanThiDiem = Direct("Đoàn Thị Điểm", "1705-1748");
    public static readonly DemoPerson NguyenGiaThieu = Direct("Nguyễn Gia Thiều", "1741-1798");
    public static readonly DemoPerson NguyenDinhChieu = Direct("Nguyễn Đình Chiểu", "1822-1888");
    public static readonly DemoPerson NguyenTrai = Direct("Nguyễn Trãi", "1380-1442");
    public static readonly DemoPerson NguyenKhuyen = Direct("Nguyễn Khuyến", "1835-1909");
    public static readonly DemoPerson TranTeXuong = Direct("Trần Tế Xương", "1870-1907");
    public static readonly DemoPerson BaHuyenThanhQuan = Direct("Bà Huyện Thanh Quan");
    public static readonly DemoPerson NguyenDuTruyenKy = Direct("Nguyễn Dữ");
    public static readonly DemoPerson PhamDinhHo = Direct("Phạm Đình Hổ", "1768-1839");
    public static readonly DemoPerson LeHuuTrac = Direct("Lê Hữu Trác", "1724-1791");
    public static readonly DemoPerson NgoGiaVanPhai = Family("Ngô gia văn phái");
    public static readonly DemoPerson TranTrongKim = Direct("Trần Trọng Kim", "1883-1953");
    public static readonly DemoPerson PhanKeBinh = Direct("Phan Kế Bính", "1875-1921");

    public static readonly DemoPerson NamCao = Direct("Nam Cao", "1915-1951");
    public static readonly DemoPerson VuTrongPhung = Direct("Vũ Trọng Phụng", "1912-1939");
    public static readonly DemoPerson NgoTatTo = Direct("Ngô Tất Tố", "1894-1954");
    public static readonly DemoPerson ToHoai = Direct("Tô Hoài", "1920-2014");
    public static readonly DemoPerson NguyenNhatAnh = Direct("Nguyễn Nhật Ánh", "1955-");
    public static readonly DemoPerson BaoNinh = Direct("Bảo Ninh", "1952-");
    public static readonly DemoPerson NguyenHuyThiep = Direct("Nguyễn Huy Thiệp", "1950-2021");
    public static readonly DemoPerson XuanQuynh = Direct("Xuân Quỳnh", "1942-1988");
    public static readonly DemoPerson ThachLam = Direct("Thạch Lam", "1910-1942");
    public static readonly DemoPerson NhatLinh = Direct("Nhất Linh", "1906-1963");
    public static readonly DemoPerson KhaiHung = Direct("Khái Hưng", "1896-1947");
    public static readonly DemoPerson NguyenTuan = Direct("Nguyễn Tuân", "1910-1987");
    public static readonly DemoPerson XuanDieu = Direct("Xuân Diệu", "1916-1985");
    public static readonly DemoPerson HanMacTu = Direct("Hàn Mặc Tử", "1912-1940");
    public static readonly DemoPerson HuyCan = Direct("Huy Cận", "1919-2005");
    public static readonly DemoPerson HoaiThanh = Direct("Hoài Thanh", "1909-1982");
    public static readonly DemoPerson HoaiChan = Direct("Hoài Chân");
    public static readonly DemoPerson ToHuu = Direct("Tố Hữu", "1920-2002");
    public static readonly DemoPerson MaVanKhang = Direct("Ma Văn Kháng", "1936-");
    public static readonly DemoPerson LeLuu = Direct("Lê Lựu", "1942-2022");
    public static readonly DemoPerson NguyenMinhChau = Direct("Nguyễn Minh Châu", "1930-1989");
    public static readonly DemoPerson NguyenNgocTu = Direct("Nguyễn Ngọc Tư", "1976-");
    public static readonly DemoPerson NguyenQuangSang = Direct("Nguyễn Quang Sáng", "1932-2014");
    public static readonly DemoPerson KimLan = Direct("Kim Lân", "1920-2007");
    public static readonly DemoPerson DoanGioi = Direct("Đoàn Giỏi", "1925-1989");
    public static readonly DemoPerson NguyenHuyTuong = Direct("Nguyễn Huy Tưởng", "1912-1960");
    public static readonly DemoPerson NguyenHong = Direct("Nguyên Hồng", "1918-1982");
    public static readonly DemoPerson VuBang = Direct("Vũ Bằng", "1913-1984");
    public static readonly DemoPerson SonNam = Direct("Sơn Nam", "1926-2008");
    public static readonly DemoPerson TranDangKhoa = Direct("Trần Đăng Khoa", "1958-");
    public static readonly DemoPerson PhungQuan = Direct("Phùng Quán", "1932-1995");
    public static readonly DemoPerson HoAnhThai = Direct("Hồ Anh Thái", "1960-");
    public static readonly DemoPerson NguyenBinhPhuong = Direct("Nguyễn Bình Phương", "1965-");
    public static readonly DemoPerson NguyenXuanKhanh = Direct("Nguyễn Xuân Khánh", "1933-2021");
    public static readonly DemoPerson ChuLai = Direct("Chu Lai", "1946-");
    public static readonly DemoPerson AnhDuc = Direct("Anh Đức", "1935-2014");
    public static readonly DemoPerson NguyenNgoc = Direct("Nguyên Ngọc", "1932-");
    public static readonly DemoPerson DangThuyTram = Direct("Đặng Thùy Trâm", "1942-1970");
    public static readonly DemoPerson DungPhan = Direct("Dũng Phan");
}
