namespace ThuVien.Tests.Circulation.Support;

/// <summary>The readers and books the circulation scenarios meet; each test adds only those it needs.</summary>
internal static class Cast
{
    /// <summary>Chị Lan, adult, card expires 2027-01-31; keeps no loan history.</summary>
    public static Task<string> ChiLanAsync(this CirculationLibrary library) =>
        library.ReaderAsync("Nguyễn Thị Lan", "adult", "TV-0001", new DateOnly(2027, 1, 31));

    /// <summary>Anh Minh, adult, whose card expired on 2026-10-31.</summary>
    public static Task<string> AnhMinhAsync(this CirculationLibrary library) =>
        library.ReaderAsync("Trần Văn Minh", "adult", "TV-0002", new DateOnly(2026, 10, 31));

    /// <summary>Bé Na, child, card expires 2028-06-30.</summary>
    public static Task<string> BeNaAsync(this CirculationLibrary library) =>
        library.ReaderAsync("Lê Ngọc Na", "child", "TV-0003", new DateOnly(2028, 6, 30));

    /// <summary>Cô Hoa, adult, card expires 2027-12-31, who agreed that the library keep her loan history.</summary>
    public static Task<string> CoHoaAsync(this CirculationLibrary library) =>
        library.ReaderAsync("Phạm Thị Hoa", "adult", "TV-0004", new DateOnly(2027, 12, 31), keepsHistory: true);

    /// <summary>Anh Bảo, adult, card expires 2027-06-30.</summary>
    public static Task<string> AnhBaoAsync(this CirculationLibrary library) =>
        library.ReaderAsync("Võ Quốc Bảo", "adult", "TV-0005", new DateOnly(2027, 6, 30));

    /// <summary>"Dế Mèn phiêu lưu ký", two copies DM-1 and DM-2.</summary>
    public static Task<Book> DeMenAsync(this CirculationLibrary library) =>
        library.BookAsync("Dế Mèn phiêu lưu ký", "book", "DM-1", "DM-2");

    /// <summary>"Số đỏ", one copy SD-1 priced 85,000 VND.</summary>
    public static Task<Book> SoDoAsync(this CirculationLibrary library) =>
        library.BookAsync("Số đỏ", "book", CirculationLibrary.HaNoi, 85_000m, "SD-1");

    /// <summary>"Truyện Kiều", one copy TK-1 without a price.</summary>
    public static Task<Book> TruyenKieuAsync(this CirculationLibrary library) =>
        library.BookAsync("Truyện Kiều", "book", "TK-1");

    /// <summary>"Từ điển tiếng Việt", reference only: no rule lends its item type.</summary>
    public static Task<Book> TuDienAsync(this CirculationLibrary library) =>
        library.BookAsync("Từ điển tiếng Việt", "reference", "TD-1");

    /// <summary>"Tạp chí Tia Sáng", a magazine: adults only, 6 days.</summary>
    public static Task<Book> TiaSangAsync(this CirculationLibrary library) =>
        library.BookAsync("Tạp chí Tia Sáng", "magazine", "TS-1", "TS-2", "TS-3");
}
