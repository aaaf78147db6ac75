using System.Collections.Immutable;

namespace ThuVien.Marc.Tests.Vietnamese;

/// <summary>
/// Twelve Vietnamese bibliographic records written for these tests (not third-party data). Together they
/// use every Vietnamese letter, lowercase and capital: every tone on every vowel and ă â đ ê ô ơ ư, which
/// <see cref="VietnameseRecordsTests"/> checks. Capital toned letters come from the all-capital forms
/// that Vietnamese catalogues often give (title on the cover, series).
/// </summary>
internal static class VietnameseRecords
{
    public static MarcRecord TruyenKieu { get; } = Book(
        "VN-TV-0001",
        "150302s2015    vm            000 1 vie d",
        Data("020", ' ', ' ', ('a', "9786049690231")),
        Data("100", '0', ' ', ('a', "Nguyễn Du,"), ('d', "1765-1820.")),
        Data("245", '1', '0', ('a', "Truyện Kiều /"), ('c', "Nguyễn Du ; Đào Duy Anh khảo đính, chú thích.")),
        Data("246", '3', '0', ('a', "ĐOẠN TRƯỜNG TÂN THANH")),
        Data("250", ' ', ' ', ('a', "Tái bản lần thứ 3.")),
        Data("260", ' ', ' ', ('a', "Hà Nội :"), ('b', "Nxb. Văn học,"), ('c', "2015.")),
        Data("300", ' ', ' ', ('a', "350 tr. ;"), ('c', "21 cm.")),
        Data("490", '0', ' ', ('a', "KHO TÀNG VĂN HỌC CỔ ĐIỂN VIỆT NAM")),
        Data("500", ' ', ' ', ('a', "Truyện thơ lục bát gồm 3254 câu, viết bằng chữ Nôm đầu thế kỷ 19.")),
        Data("650", ' ', '7', ('a', "Văn học cổ điển"), ('z', "Việt Nam"), ('x', "Thơ"), ('y', "Thế kỷ 19."), ('2', "bvtttv")));

    public static MarcRecord DuongKachMenh { get; } = Book(
        "VN-TV-0002",
        "200115s2020    vm            000 0 vie d",
        Data("100", '0', ' ', ('a', "Nguyễn Ái Quốc,"), ('d', "1890-1969.")),
        Data("245", '1', '0', ('a', "Đường Kách mệnh /"), ('c', "Nguyễn Ái Quốc.")),
        Data("260", ' ', ' ', ('a', "Hà Nội :"), ('b', "Nxb. Chính trị quốc gia Sự thật,"), ('c', "2020.")),
        Data("300", ' ', ' ', ('a', "124 tr. ;"), ('c', "19 cm.")),
        Data("520", ' ', ' ', ('a', "Tập hợp những bài giảng của Nguyễn Ái Quốc cho lớp huấn luyện cán bộ ở Quảng Châu, Trung Quốc, in lần đầu năm 1927.")),
        Data("650", ' ', '7', ('a', "Cách mạng"), ('z', "Việt Nam."), ('2', "bvtttv")));

    public static MarcRecord SoDo { get; } = Book(
        "VN-TV-0003",
        "160520s2016    vm            000 1 vie d",
        Data("100", '0', ' ', ('a', "Vũ Trọng Phụng,"), ('d', "1912-1939.")),
        Data("245", '1', '0', ('a', "Số đỏ :"), ('b', "tiểu thuyết /"), ('c', "Vũ Trọng Phụng.")),
        Data("246", '1', '4', ('a', "XUÂN TÓC ĐỎ")),
        Data("260", ' ', ' ', ('a', "Hà Nội :"), ('b', "Nxb. Hội Nhà văn,"), ('c', "2016.")),
        Data("490", '0', ' ', ('a', "TUYỂN TẬP VŨ TRỌNG PHỤNG: SỐ ĐỎ, GIÔNG TỐ, VỠ ĐÊ")),
        Data("500", ' ', ' ', ('a', "In lần đầu trên Hà Nội báo năm 1936; truyện kể về Xuân Tóc Đỏ, một kẻ vô học leo lên nhờ thời thế. Cùng tác giả: Giông tố, Vỡ đê.")),
        Data("650", ' ', '7', ('a', "Tiểu thuyết trào phúng"), ('z', "Việt Nam."), ('2', "bvtttv")));

    public static MarcRecord DeMen { get; } = Book(
        "VN-TV-0004",
        "190801s2019    vm     j      000 1 vie d",
        Data("100", '0', ' ', ('a', "Tô Hoài,"), ('d', "1920-2014.")),
        Data("245", '1', '0', ('a', "Dế Mèn phiêu lưu ký /"), ('c', "Tô Hoài ; tranh: Tạ Huy Long.")),
        Data("246", '1', '4', ('a', "DẾ MÈN PHIÊU LƯU KÝ")),
        Data("260", ' ', ' ', ('a', "Hà Nội :"), ('b', "Kim Đồng,"), ('c', "2019.")),
        Data("300", ' ', ' ', ('a', "188 tr. :"), ('b', "tranh vẽ ;"), ('c', "21 cm.")),
        Data("490", '0', ' ', ('a', "TỦ SÁCH VÀNG: TÁC PHẨM CHỌN LỌC DÀNH CHO THIẾU NHI")),
        Data("520", ' ', ' ', ('a', "Chú Dế Mèn kể chuyện đời mình: những ngày ở hang, bài học đầu tiên, rồi đi khắp nơi với Dế Trũi, cùng muôn loài kết tình anh em.")),
        Data("650", ' ', '7', ('a', "Văn học thiếu nhi"), ('z', "Việt Nam."), ('2', "bvtttv")));

    public static MarcRecord TatDen { get; } = Book(
        "VN-TV-0005",
        "170312s2017    vm            000 1 vie d",
        Data("100", '0', ' ', ('a', "Ngô Tất Tố,"), ('d', "1894-1954.")),
        Data("245", '1', '0', ('a', "Tắt đèn /"), ('c', "Ngô Tất Tố.")),
        Data("246", '1', ' ', ('i', "Tên sách ngoài bìa:"), ('a', "TẮT ĐÈN: CHỊ DẬU BÁN CON")),
        Data("260", ' ', ' ', ('a', "Hà Nội :"), ('b', "Nxb. Văn học,"), ('c', "2017.")),
        Data("520", ' ', ' ', ('a', "Chị Dậu phải bán chó, bán cả đứa con gái nhỏ để nộp sưu cho chồng; bức tranh nông thôn Bắc Bộ trước Cách mạng tháng Tám.")),
        Data("650", ' ', '7', ('a', "Tiểu thuyết hiện thực"), ('z', "Việt Nam."), ('2', "bvtttv")),
        Data("740", '0', '2', ('a', "LỀU CHÕNG.")));

    public static MarcRecord LichSuVietNam { get; } = Book(
        "VN-TV-0006",
        "710101s1971    vm            000 0 vie d",
        Data("110", '2', ' ', ('a', "Ủy ban Khoa học xã hội Việt Nam.")),
        Data("245", '1', '0', ('a', "LỊCH SỬ VIỆT NAM."), ('n', "TẬP 1 /"), ('c', "Ủy ban Khoa học xã hội Việt Nam.")),
        Data("260", ' ', ' ', ('a', "Hà Nội :"), ('b', "Khoa học xã hội,"), ('c', "1971.")),
        Data("300", ' ', ' ', ('a', "436 tr. :"), ('b', "bản đồ ;"), ('c', "27 cm.")),
        Data("505", '0', ' ', ('a', "THỜI KỲ DỰNG NƯỚC -- CHỐNG BẮC THUỘC -- CHIẾN THẮNG BẠCH ĐẰNG -- NHÀ LÝ, NHÀ TRẦN -- KHỞI NGHĨA LAM SƠN -- NHÀ NGUYỄN -- KỶ NGUYÊN ĐỘC LẬP.")),
        Data("651", ' ', '7', ('a', "Việt Nam"), ('x', "Lịch sử."), ('2', "bvtttv")));

    public static MarcRecord UngDungCntt { get; } = Book(
        "VN-TV-0007",
        "210405s2021    vm     b      000 0 vie d",
        Data("100", '1', ' ', ('a', "Lê Thị Hằng.")),
        Data("245", '1', '0', ('a', "Ứng dụng công nghệ thông tin trong thư viện :"), ('b', "giáo trình /"), ('c', "Lê Thị Hằng, Phạm Quốc Vũ.")),
        Data("260", ' ', ' ', ('a', "Tp. Hồ Chí Minh :"), ('b', "Đại học Quốc gia Tp. Hồ Chí Minh,"), ('c', "2021.")),
        Data("300", ' ', ' ', ('a', "212 tr. ;"), ('c', "24 cm.")),
        Data("490", '0', ' ', ('a', "TỦ SÁCH KỸ NĂNG NGHIỆP VỤ THƯ VIỆN")),
        Data("504", ' ', ' ', ('a', "Thư mục: tr. 205-212.")),
        Data("520", ' ', ' ', ('a', "Trình bày kỹ thuật số hoá tài liệu, mượn trả tự động và chuẩn MARC21, đặc biệt là biên mục; có bài tập sau mỗi chương, hẳn sẽ giúp ích người mới vào nghề.")),
        Data("650", ' ', '7', ('a', "Thư viện"), ('x', "Tự động hoá."), ('2', "bvtttv")),
        Data("650", ' ', '7', ('a', "Công nghệ thông tin."), ('2', "bvtttv")));

    public static MarcRecord TuDienChinhTa { get; } = Book(
        "VN-TV-0008",
        "030610s2003    vm     d      000 0 vie d",
        Data("100", '0', ' ', ('a', "Hoàng Phê,"), ('d', "1919-2005.")),
        Data("245", '1', '0', ('a', "TỪ ĐIỂN CHÍNH TẢ /"), ('c', "Hoàng Phê.")),
        Data("246", '1', '4', ('a', "VIẾT ĐÚNG, VIẾT ĐẸP: VẼ HAY VẺ, NGHĨ HAY NGHỈ, CHẲNG LẪN DẤU HỎI, DẤU NGÃ")),
        Data("260", ' ', ' ', ('a', "Đà Nẵng :"), ('b', "Nxb. Đà Nẵng,"), ('c', "2003.")),
        Data("300", ' ', ' ', ('a', "511 tr. ;"), ('c', "16 cm.")),
        Data("490", '0', ' ', ('a', "NHÀ XUẤT BẢN ĐÀ NẴNG. TỦ SÁCH NGÔN NGỮ HỌC")),
        Data("520", ' ', ' ', ('a', "Giúp viết đúng chữ có dấu hỏi, dấu ngã và phụ âm đầu dễ lẫn: vẽ hay vẻ, nghĩ hay nghỉ, số chẵn hay chẳng, mẹ hay mẽ, sẽ, rõ, kỹ.")),
        Data("650", ' ', '7', ('a', "Tiếng Việt"), ('x', "Chính tả"), ('v', "Từ điển."), ('2', "bvtttv")));

    public static MarcRecord NhatKyTrongTu { get; } = Book(
        "VN-TV-0009",
        "100519s2010    vm            000 1 vie d",
        Data("100", '0', ' ', ('a', "Hồ Chí Minh,"), ('d', "1890-1969.")),
        Data("240", '1', '0', ('a', "Ngục trung nhật ký.")),
        Data("245", '1', '0', ('a', "Nhật ký trong tù /"), ('c', "Hồ Chí Minh ; Viện Văn học dịch.")),
        Data("246", '1', '4', ('a', "NHẬT KÝ TRONG TÙ")),
        Data("260", ' ', ' ', ('a', "Hà Nội :"), ('b', "Nxb. Giáo dục,"), ('c', "2010.")),
        Data("500", ' ', ' ', ('a', "Ghi chép trong thời gian bị giam ở Quảng Tây, 1942-1943; lẽ sống ung dung giữa chốn lao tù.")),
        Data("546", ' ', ' ', ('a', "Nguyên văn chữ Hán, kèm bản dịch thơ tiếng Việt.")),
        Data("650", ' ', '7', ('a', "Thơ chữ Hán"), ('z', "Việt Nam"), ('y', "Thế kỷ 20."), ('2', "bvtttv")));

    public static MarcRecord TapChiThuVien { get; } = new(
        new Leader("00000nas a2200000 i 4500"),
        Control("001", "VN-TV-0010"),
        Control("008", "060101c20069999vm qr p       0   a0vie d"),
        Data("022", ' ', ' ', ('a', "1859-1145")),
        Data("245", '0', '0', ('a', "Tạp chí Thư viện Việt Nam /"), ('c', "Thư viện Quốc gia Việt Nam.")),
        Data("246", '1', '3', ('a', "SỐ ĐẶC BIỆT: VAI TRÒ CỦA THƯ VIỆN TRONG MỖI CỘNG ĐỒNG VÀ GIA ĐÌNH")),
        Data("260", ' ', ' ', ('a', "Hà Nội :"), ('b', "Thư viện Quốc gia Việt Nam,"), ('c', "2006-")),
        Data("310", ' ', ' ', ('a', "Hai tháng một kỳ.")),
        Data("500", ' ', ' ', ('a', "Mô tả theo số 1 (2006); trước đó là Bản tin Thư viện - Tư liệu.")),
        Data("650", ' ', '7', ('a', "Thư viện học"), ('v', "Tạp chí."), ('2', "bvtttv")));

    public static MarcRecord ThepDaToi { get; } = Book(
        "VN-TV-0011",
        "080901s2008    vm            000 1 vie d",
        Data("041", '1', ' ', ('a', "vie"), ('h', "rus")),
        Data("100", '1', ' ', ('a', "Ôxtơrốpxki, Nhikôlai,"), ('d', "1904-1936.")),
        Data("245", '1', '0', ('a', "Thép đã tôi thế đấy /"), ('c', "Nhikôlai Ôxtơrốpxki ; Thép Mới, Huy Vân dịch.")),
        Data("246", '1', '4', ('a', "THÉP ĐÃ TÔI THẾ ĐẤY")),
        Data("260", ' ', ' ', ('a', "Hà Nội :"), ('b', "Nxb. Văn học,"), ('c', "2008.")),
        Data("520", ' ', ' ', ('a', "Cuộc đời Páven Coorsaghin, người thanh niên lớn lên trong nội chiến, dù bị liệt vẫn cầm bút viết tiếp đời mình.")),
        Data("650", ' ', '7', ('a', "Văn học Nga"), ('v', "Tiểu thuyết."), ('2', "bvtttv")));

    public static MarcRecord VoChongAPhu { get; } = Book(
        "VN-TV-0012",
        "120224s2012    vm            000 1 vie d",
        Data("100", '0', ' ', ('a', "Tô Hoài,"), ('d', "1920-2014.")),
        Data("245", '1', '0', ('a', "Vợ chồng A Phủ /"), ('c', "Tô Hoài.")),
        Data("246", '3', ' ', ('a', "MỴ VÀ A PHỦ")),
        Data("260", ' ', ' ', ('a', "Hà Nội :"), ('b', "Kim Đồng,"), ('c', "2012.")),
        Data("490", '0', ' ', ('a', "TRUYỆN TÂY BẮC: VỢ CHỒNG A PHỦ, MƯỜNG GIƠN, CỨU ĐẤT CỨU MƯỜNG")),
        Data("520", ' ', ' ', ('a', "Mỵ, cô gái Mèo bị bắt về làm dâu gạt nợ nhà thống lý Pá Tra, cắt dây trói cứu A Phủ rồi cùng trốn khỏi Hồng Ngài; ngọn lửa sống trong lòng cô chưa bao giờ tắt hẳn.")),
        Data("650", ' ', '7', ('a', "Truyện ngắn"), ('z', "Việt Nam"), ('y', "Thế kỷ 20."), ('2', "bvtttv")));

    /// <summary>Every record of the fixture, in control-number order.</summary>
    public static ImmutableArray<MarcRecord> All { get; } =
        [TruyenKieu, DuongKachMenh, SoDo, DeMen, TatDen, LichSuVietNam, UngDungCntt, TuDienChinhTa, NhatKyTrongTu, TapChiThuVien, ThepDaToi, VoChongAPhu];

    private static MarcRecord Book(string controlNumber, string fixedData, params Field[] fields) =>
        new(Leader.Default, [Control("001", controlNumber), Control("008", fixedData), .. fields]);

    private static ControlField Control(string tag, string value) => new(tag, value);

    private static DataField Data(string tag, char ind1, char ind2, params (char Code, string Value)[] subfields) =>
        new(tag, ind1, ind2, subfields.Select(s => new Subfield(s.Code, s.Value)));
}
