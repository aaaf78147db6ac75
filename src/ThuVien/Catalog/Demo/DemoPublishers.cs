namespace ThuVien.Catalog.Demo;

/// <summary>The publishers of the demo catalogue. See <see cref="DemoPublisher.IsbnPrefix"/> on the ISBN prefixes.</summary>
internal static class DemoPublishers
{
    private const string Hanoi = "Hà Nội";
    private const string Saigon = "Thành phố Hồ Chí Minh";
    private const string Vietnam = "vm ";

    public static readonly DemoPublisher VanHoc = new("Nxb. Văn học", Hanoi, Vietnam, "97860469");
    public static readonly DemoPublisher HoiNhaVan = new("Nxb. Hội Nhà văn", Hanoi, Vietnam, "97860453");
    public static readonly DemoPublisher KimDong = new("Nxb. Kim Đồng", Hanoi, Vietnam, "9786042");
    public static readonly DemoPublisher Tre = new("Nxb. Trẻ", Saigon, Vietnam, "9786041");
    public static readonly DemoPublisher GiaoDuc = new("Nxb. Giáo dục Việt Nam", Hanoi, Vietnam, "9786040");
    public static readonly DemoPublisher KhoaHocXaHoi = new("Nxb. Khoa học xã hội", Hanoi, Vietnam, "97860490");
    public static readonly DemoPublisher DhqgHanoi = new("Nxb. Đại học Quốc gia Hà Nội", Hanoi, Vietnam, "97860462");
    public static readonly DemoPublisher BachKhoa = new("Nxb. Bách khoa Hà Nội", Hanoi, Vietnam, "97860495");
    public static readonly DemoPublisher KhoaHocKyThuat = new("Nxb. Khoa học và Kỹ thuật", Hanoi, Vietnam, "97860467");
    public static readonly DemoPublisher KinhTeQuocDan = new("Nxb. Đại học Kinh tế Quốc dân", Hanoi, Vietnam, "97860494");
    public static readonly DemoPublisher ThongTinTruyenThong = new("Nxb. Thông tin và Truyền thông", Hanoi, Vietnam, "97860480");
    public static readonly DemoPublisher TheGioi = new("Nxb. Thế giới", Hanoi, Vietnam, "97860477");
    public static readonly DemoPublisher TriThuc = new("Nxb. Tri thức", Hanoi, Vietnam, "97860493");
    public static readonly DemoPublisher TongHopHcm = new("Nxb. Tổng hợp Thành phố Hồ Chí Minh", Saigon, Vietnam, "97860458");
    public static readonly DemoPublisher HongDuc = new("Nxb. Hồng Đức", Hanoi, Vietnam, "97860486");
    public static readonly DemoPublisher PhuNu = new("Nxb. Phụ nữ Việt Nam", Hanoi, Vietnam, "97860456");
    public static readonly DemoPublisher DaNang = new("Nxb. Đà Nẵng", "Đà Nẵng", Vietnam, "97860484");
    public static readonly DemoPublisher LaoDong = new("Nxb. Lao động", Hanoi, Vietnam, "97860459");
    public static readonly DemoPublisher QuanDoi = new("Nxb. Quân đội nhân dân", Hanoi, Vietnam, "97860451");
    public static readonly DemoPublisher ThuanHoa = new("Nxb. Thuận Hóa", "Huế", Vietnam, "97860497");
    public static readonly DemoPublisher VanHoaThongTin = new("Nxb. Văn hóa Thông tin", Hanoi, Vietnam, null);
    public static readonly DemoPublisher TuDienBachKhoa = new("Nxb. Từ điển bách khoa", Hanoi, Vietnam, null);
    public static readonly DemoPublisher BanDo = new("Nxb. Tài nguyên - Môi trường và Bản đồ Việt Nam", Hanoi, Vietnam, "97860499");
    public static readonly DemoPublisher ThuVienQuocGia = new("Thư viện Quốc gia Việt Nam", Hanoi, Vietnam, null);
    public static readonly DemoPublisher HangPhimTruyen = new("Hãng phim truyện Việt Nam", Hanoi, Vietnam, null);
    public static readonly DemoPublisher HangPhimGiaiPhong = new("Hãng phim Giải phóng", Saigon, Vietnam, null);
    public static readonly DemoPublisher HangPhimTaiLieu = new("Hãng phim Tài liệu và Khoa học Trung ương", Hanoi, Vietnam, null);
    public static readonly DemoPublisher PhuongNam = new("Công ty Văn hóa Phương Nam", Saigon, Vietnam, null);
    public static readonly DemoPublisher GalaxyStudio = new("Galaxy Studio", Saigon, Vietnam, null);

    public static readonly DemoPublisher VienSuHoc = new("Viện Sử học", Hanoi, Vietnam, null);
    public static readonly DemoPublisher VienVanHoc = new("Viện Văn học", Hanoi, Vietnam, null);
    public static readonly DemoPublisher BoKhoaHocCongNghe = new("Bộ Khoa học và Công nghệ", Hanoi, Vietnam, null);
    public static readonly DemoPublisher TongCucChinhTri = new("Tổng cục Chính trị Quân đội nhân dân Việt Nam", Hanoi, Vietnam, null);
    public static readonly DemoPublisher TrungUongDoan = new("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", Hanoi, Vietnam, null);

    /// <summary>Where the theses were defended; a thesis has a place of production but no publisher.</summary>
    public static readonly DemoPublisher ThesisHanoi = new(string.Empty, Hanoi, Vietnam, null);

    public static readonly DemoPublisher PenguinClassics = new("Penguin Books", "London", "enk", "978014");
    public static readonly DemoPublisher PenguinUs = new("Penguin Books", "New York", "nyu", "978014");
    public static readonly DemoPublisher PenguinPress = new("Penguin Press", "New York", "nyu", "9780525");
    public static readonly DemoPublisher Vintage = new("Vintage", "London", "enk", "978009");
    public static readonly DemoPublisher VintageUs = new("Vintage Books", "New York", "nyu", "9780679");
    public static readonly DemoPublisher Faber = new("Faber and Faber", "London", "enk", "978057");
    public static readonly DemoPublisher Oxford = new("Oxford University Press", "Oxford", "enk", "978019");
    public static readonly DemoPublisher Cambridge = new("Cambridge University Press", "Cambridge", "enk", "9781107");
    public static readonly DemoPublisher HarperCollins = new("HarperCollins", "London", "enk", "978000");
    public static readonly DemoPublisher HarperPerennial = new("Harper Perennial", "New York", "nyu", "978006");
    public static readonly DemoPublisher Scribner = new("Scribner", "New York", "nyu", "9780684");
    public static readonly DemoPublisher Grove = new("Grove Press", "New York", "nyu", "9780802");
    public static readonly DemoPublisher BackBay = new("Back Bay Books", "Boston", "mau", "9780316");
    public static readonly DemoPublisher Bantam = new("Bantam Books", "New York", "nyu", "9780553");
    public static readonly DemoPublisher BasicBooks = new("Basic Books", "New York", "nyu", "9780465");
    public static readonly DemoPublisher Ballantine = new("Ballantine Books", "New York", "nyu", "9780345");
    public static readonly DemoPublisher MitPress = new("MIT Press", "Cambridge, Mass.", "mau", "9780262");
    public static readonly DemoPublisher PrenticeHall = new("Prentice Hall", "Englewood Cliffs, N.J.", "nju", "9780131");
    public static readonly DemoPublisher AddisonWesley = new("Addison-Wesley", "Reading, Mass.", "mau", "9780201");
    public static readonly DemoPublisher Yale = new("Yale University Press", "New Haven", "ctu", "9780300");
    public static readonly DemoPublisher Gallimard = new("Gallimard", "Paris", "fr ", "978207");
    public static readonly DemoPublisher Minuit = new("Éditions de Minuit", "Paris", "fr ", "9782707");
    public static readonly DemoPublisher LivreDePoche = new("Le Livre de poche", "Paris", "fr ", "978225");
    public static readonly DemoPublisher Gutenberg = new("Project Gutenberg", "Salt Lake City", "utu", null);
}
