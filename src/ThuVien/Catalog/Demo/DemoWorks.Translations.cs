using static ThuVien.Catalog.Demo.DemoPeople;
using static ThuVien.Catalog.Demo.DemoPublishers;
using static ThuVien.Catalog.Demo.DemoSubject;
using static ThuVien.Catalog.Demo.DemoSubjects;

namespace ThuVien.Catalog.Demo;

/// <summary>World literature and non-fiction in Vietnamese translation.</summary>
internal static partial class DemoWorks
{
    private static IEnumerable<DemoWork> Translations() =>
    [
        .. Volumes(3, volume => Translation("Những người khốn khổ", Hugo, VanHoc, 2019, "843.7", 560 + (volume * 24), "fre", "Les misérables", FrenchNovels) with
        {
            PartNumber = $"T. {volume}",
            Contributors = Translated(HuynhLy, VuDinhLien, LeTriVien, DoDucHieu),
        }),
        .. Volumes(2, volume => Translation("Chiến tranh và hòa bình", Tolstoy, VanHoc, 2017, "891.733", 900 + (volume * 40), "rus", "Voĭna i mir", RussianNovels) with
        {
            PartNumber = $"T. {volume}",
            Contributors = Translated(CaoXuanHao, NhuThanh, HoangThieuSon, TruongXuyen),
        }),
        Translation("Thép đã tôi thế đấy", Ostrovsky, VanHoc, 2016, "891.7342", 560, "rus", "Kak zakalialasʹ stalʹ", RussianNovels) with
        { Contributors = Translated(ThepMoi, HuyVan) },
        Translation("Tội ác và hình phạt", Dostoyevsky, VanHoc, 2018, "891.733", 700, "rus", "Prestuplenie i nakazanie", RussianNovels) with
        { Contributors = Translated(CaoXuanHao) },
        Translation("Ông già và biển cả", Hemingway, VanHoc, 2018, "813.52", 124, "eng", "The old man and the sea", AmericanNovels) with
        { Contributors = Translated(LeHuyBac), Summary = "Cuộc vật lộn ba ngày đêm của ông lão đánh cá Santiago với con cá kiếm khổng lồ ngoài khơi Cuba." },
        Translation("Trăm năm cô đơn", GarciaMarquez, VanHoc, 2016, "863.64", 520, "spa", "Cien años de soledad", LatinAmericanNovels) with
        {
            Contributors = Translated(NguyenTrungDuc, PhamDinhLoi, NguyenQuocDung),
            Summary = "Bảy thế hệ dòng họ Buendía ở làng Macondo, kiệt tác của chủ nghĩa hiện thực huyền ảo.",
        },
        Translation("Nhà giả kim", Coelho, HoiNhaVan, 2020, "869.342", 228, "por", "O alquimista", Topic("Văn học Brazil -- Tiểu thuyết")) with
        { Contributors = Translated(LeChuCau), Summary = "Hành trình của cậu bé chăn cừu Santiago đi tìm kho báu và vận mệnh của mình." },
        Translation("Rừng Na Uy", Murakami, HoiNhaVan, 2018, "895.635", 556, "jpn", "Noruwei no mori", JapaneseNovels) with
        { Contributors = Translated(TrinhLu) },
        Translation("Đèn không hắt bóng", Watanabe, VanHoc, 2015, "895.635", 620, "jpn", "Mueitō", JapaneseNovels) with
        { Contributors = Translated(CaoXuanHao) },
        Translation("Giết con chim nhại", HarperLee, VanHoc, 2019, "813.54", 448, "eng", "To kill a mockingbird", AmericanNovels) with
        { Contributors = Translated(HuynhKimOanh, PhamViemPhuong) },
        Translation("Kiêu hãnh và định kiến", Austen, VanHoc, 2017, "823.7", 468, "eng", "Pride and prejudice", EnglishNovels) with
        { Contributors = Translated(DiepMinhTam) },
        Translation("Đồi gió hú", EmilyBronte, VanHoc, 2016, "823.8", 468, "eng", "Wuthering heights", EnglishNovels) with
        { Contributors = Translated(DuongTuong) },
        .. Volumes(2, volume => Translation("Cuốn theo chiều gió", Mitchell, VanHoc, 2018, "813.52", 780 + (volume * 30), "eng", "Gone with the wind", AmericanNovels) with
        {
            PartNumber = $"T. {volume}",
            Contributors = Translated(DuongTuong),
        }),
        Translation("Bố già", Puzo, VanHoc, 2018, "813.54", 620, "eng", "The godfather", AmericanNovels) with
        { Contributors = Translated(NgocThuLang) },
        Translation("Ba người lính ngự lâm", Dumas, VanHoc, 2017, "843.7", 820, "fre", "Les trois mousquetaires", FrenchNovels) with
        { Contributors = Translated(AnhVu) },
        Translation("Túp lều bác Tôm", Stowe, VanHoc, 2016, "813.3", 700, "eng", "Uncle Tom's cabin", AmericanNovels) with
        { Contributors = Translated(DoDucHieu) },
        Translation("Cây cam ngọt của tôi", Vasconcelos, HoiNhaVan, 2020, "869.342", 244, "por", "Meu pé de laranja lima", Topic("Văn học Brazil -- Tiểu thuyết")) with
        { Contributors = Translated(NguyenBichLan, ToYenLy) },
        Translation("Người đua diều", Hosseini, HoiNhaVan, 2018, "813.6", 460, "eng", "The kite runner", AmericanNovels, Place("Afghanistan -- Tiểu thuyết")) with
        { Contributors = Translated(NguyenBan) },
        Translation("Mật mã Da Vinci", DanBrown, LaoDong, 2019, "813.6", 592, "eng", "The Da Vinci code", AmericanNovels) with
        { Contributors = Translated(DoThuHa) },
        Translation("Bắt trẻ đồng xanh", Salinger, HoiNhaVan, 2019, "813.54", 300, "eng", "The catcher in the rye", AmericanNovels) with
        { Contributors = Translated(PhungKhanh) },
        Translation("Đắc nhân tâm", Carnegie, TongHopHcm, 2019, "158.2", 320, "eng", "How to win friends and influence people", Topic("Giao tiếp -- Tâm lý học ứng dụng")) with
        { Subtitle = "bí quyết để thành công", Contributors = Translated(NguyenHienLe), LiteraryForm = '0' },
        Translation("Lược sử thời gian", Hawking, Tre, 2019, "523.1", 280, "eng", "A brief history of time", Topic("Vũ trụ học"), Topic("Vật lý thiên văn")) with
        {
            Subtitle = "từ vụ nổ lớn đến các lỗ đen",
            Contributors = Translated(CaoChi, PhamVanThieu),
            LiteraryForm = '0',
            Illustrated = true,
            Summary = "Vũ trụ học cho người đọc phổ thông: không gian, thời gian, vụ nổ lớn, lỗ đen và mũi tên thời gian.",
        },
        Translation("Sapiens", Harari, TriThuc, 2018, "909", 560, "eng", "Sapiens", Topic("Loài người -- Lịch sử"), Topic("Văn minh -- Lịch sử")) with
        {
            Subtitle = "lược sử loài người",
            Contributors = Translated(NguyenThuyChung),
            LiteraryForm = '0',
            Illustrated = true,
        },
    ];

    /// <summary>A translation: 041 1_ $a vie $h original, 240 and a note with the original title; fiction by default.</summary>
    private static DemoWork Translation(string title, DemoPerson author, DemoPublisher publisher, int year, string ddc, int pages, string from, string originalTitle, params DemoSubject[] subjects) =>
        Book(title, author, publisher, year, ddc, pages, subjects) with
        {
            TranslatedFrom = from,
            OriginalTitle = originalTitle,
            LiteraryForm = 'f',
            Subtitle = null,
        };

    /// <summary>The records of a multivolume set, one per volume, numbered from 1.</summary>
    private static IEnumerable<DemoWork> Volumes(int count, Func<int, DemoWork> volume) => Enumerable.Range(1, count).Select(volume);
}
