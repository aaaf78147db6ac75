using static ThuVien.Catalog.Demo.DemoSubject;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// Subject headings that many demo works share. Vietnamese headings follow the form Vietnamese
/// libraries use ("Văn học Việt Nam -- Tiểu thuyết"); English works also get LCSH headings.
/// </summary>
internal static class DemoSubjects
{
    public static readonly DemoSubject VietnameseNovels = Topic("Văn học Việt Nam -- Tiểu thuyết");
    public static readonly DemoSubject VietnameseShortStories = Topic("Văn học Việt Nam -- Truyện ngắn");
    public static readonly DemoSubject VietnamesePoetry = Topic("Văn học Việt Nam -- Thơ");
    public static readonly DemoSubject VietnameseVerseTales = Topic("Văn học Việt Nam -- Truyện thơ");
    public static readonly DemoSubject VietnameseEssays = Topic("Văn học Việt Nam -- Tùy bút");
    public static readonly DemoSubject VietnameseMemoirs = Topic("Văn học Việt Nam -- Hồi ký");
    public static readonly DemoSubject VietnameseReportage = Topic("Văn học Việt Nam -- Phóng sự");
    public static readonly DemoSubject MedievalLiterature = Topic("Văn học trung đại -- Việt Nam");
    public static readonly DemoSubject ModernLiterature = Topic("Văn học hiện đại -- Việt Nam");
    public static readonly DemoSubject ChildrensStories = Topic("Văn học thiếu nhi -- Việt Nam -- Truyện thiếu nhi");
    public static readonly DemoSubject ChildrensPoetry = Topic("Văn học thiếu nhi -- Việt Nam -- Thơ");
    public static readonly DemoSubject Comics = Topic("Văn học thiếu nhi -- Nhật Bản -- Truyện tranh");
    public static readonly DemoSubject FolkTales = Topic("Văn học dân gian -- Việt Nam -- Truyện cổ tích");
    public static readonly DemoSubject AntiFrenchWar = Topic("Kháng chiến chống Pháp, 1945-1954");
    public static readonly DemoSubject AntiAmericanWar = Topic("Kháng chiến chống Mỹ, 1954-1975");
    public static readonly DemoSubject RuralLife = Topic("Nông thôn -- Việt Nam -- Thế kỷ 20");
    public static readonly DemoSubject NewPoetry = Topic("Thơ mới -- Việt Nam");

    public static readonly DemoSubject EnglishNovels = Topic("Văn học Anh -- Tiểu thuyết");
    public static readonly DemoSubject EnglishDrama = Topic("Văn học Anh -- Kịch");
    public static readonly DemoSubject AmericanNovels = Topic("Văn học Mỹ -- Tiểu thuyết");
    public static readonly DemoSubject FrenchNovels = Topic("Văn học Pháp -- Tiểu thuyết");
    public static readonly DemoSubject RussianNovels = Topic("Văn học Nga -- Tiểu thuyết");
    public static readonly DemoSubject JapaneseNovels = Topic("Văn học Nhật Bản -- Tiểu thuyết");
    public static readonly DemoSubject LatinAmericanNovels = Topic("Văn học Mỹ Latinh -- Tiểu thuyết");
    public static readonly DemoSubject ForeignChildrensBooks = Topic("Văn học thiếu nhi -- Truyện thiếu nhi");

    public static readonly DemoSubject VietnamHistory = Place("Việt Nam -- Lịch sử");
    public static readonly DemoSubject VietnamGeography = Place("Việt Nam -- Địa lý");
    public static readonly DemoSubject VietnamMaps = Place("Việt Nam -- Bản đồ");
    public static readonly DemoSubject VietnamCulture = Place("Việt Nam -- Văn hóa");
    public static readonly DemoSubject VietnameseLanguageDictionaries = Topic("Tiếng Việt -- Từ điển");

    public static readonly DemoSubject LcshEnglishFiction19 = Lcsh("English fiction -- 19th century");
    public static readonly DemoSubject LcshEnglishFiction20 = Lcsh("English fiction -- 20th century");
    public static readonly DemoSubject LcshAmericanFiction20 = Lcsh("American fiction -- 20th century");
    public static readonly DemoSubject LcshFrenchFiction = Lcsh("French fiction -- 20th century");
    public static readonly DemoSubject LcshVietnamWarFiction = Lcsh("Vietnam War, 1961-1975 -- Fiction");
    public static readonly DemoSubject LcshVietnamHistory = LcshPlace("Vietnam -- History");
}
