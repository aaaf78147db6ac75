namespace ThuVien.Marc.Tests.Mapping;

/// <summary>Hand-written MARC 21 records of the kinds a Vietnamese library holds.</summary>
internal static class SampleRecords
{
    /// <summary>Truyện Kiều, a Vietnamese book with an editor in 700 $e/$4 (AACR2, 260).</summary>
    public static MarcRecord Kieu { get; } = new(
        new Leader("00000cam a2200000 i 4500"),
        new ControlField("001", "TV-000123"),
        new ControlField("003", "VN-ThuVien"),
        new ControlField("008", Fixed("190512s2019    vm            000 1 ", "vie")),
        new DataField("020", ' ', ' ', new Subfield('a', "978-604-1-01234-9 (bìa mềm)")),
        new DataField("020", ' ', ' ', new Subfield('z', "604123456X")),
        new DataField("041", '0', ' ', new Subfield('a', "vie")),
        new DataField("082", '0', '4', new Subfield('a', "895.9221/1"), new Subfield('2', "23")),
        new DataField("100", '0', ' ', new Subfield('a', "Nguyễn Du,"), new Subfield('d', "1765-1820.")),
        new DataField("245", '1', '0', new Subfield('a', "Truyện Kiều /"), new Subfield('c', "Nguyễn Du ; Đào Duy Anh khảo đính.")),
        new DataField("250", ' ', ' ', new Subfield('a', "Tái bản lần thứ 3.")),
        new DataField("260", ' ', ' ', new Subfield('a', "Hà Nội :"), new Subfield('b', "Văn học,"), new Subfield('c', "2019.")),
        new DataField("300", ' ', ' ', new Subfield('a', "450 tr. ;"), new Subfield('c', "21 cm.")),
        new DataField("490", '0', ' ', new Subfield('a', "Tủ sách văn học cổ điển ;"), new Subfield('v', "5")),
        new DataField("500", ' ', ' ', new Subfield('a', "Nguyên tác chữ Nôm.")),
        new DataField("600", '0', '7', new Subfield('a', "Nguyễn Du,"), new Subfield('d', "1765-1820"), new Subfield('x', "Nghiên cứu văn học."), new Subfield('2', "bvb")),
        new DataField("650", ' ', '7', new Subfield('a', "Thơ Nôm"), new Subfield('z', "Việt Nam"), new Subfield('y', "Thế kỷ 18."), new Subfield('2', "bvb")),
        new DataField("700", '1', ' ', new Subfield('a', "Đào, Duy Anh,"), new Subfield('d', "1904-1988,"), new Subfield('e', "khảo đính."), new Subfield('4', "edt")));

    /// <summary>A Vietnamese journal with an ISSN (RDA, 264).</summary>
    public static MarcRecord Serial { get; } = new(
        new Leader("00000cas a2200000 i 4500"),
        new ControlField("001", "TV-S-0001"),
        new ControlField("008", Fixed("150101c20159999vm bx p       0   a0", "vie")),
        new DataField("022", '0', ' ', new Subfield('a', "1859-0071"), new Subfield('2', "1")),
        new DataField("245", '0', '0', new Subfield('a', "Thư viện Việt Nam :"), new Subfield('b', "tạp chí của Thư viện Quốc gia Việt Nam.")),
        new DataField("264", ' ', '1', new Subfield('a', "Hà Nội :"), new Subfield('b', "Thư viện Quốc gia Việt Nam,"), new Subfield('c', "2015-")),
        new DataField("310", ' ', ' ', new Subfield('a', "Hai tháng một kỳ")),
        new DataField("710", '2', ' ', new Subfield('a', "Thư viện Quốc gia Việt Nam."), new Subfield('e', "issuing body.")),
        new DataField("780", '0', '0', new Subfield('t', "Tập san Thư viện"), new Subfield('x', "0866-7500")));

    /// <summary>A sheet map with a parallel title and a place hierarchy.</summary>
    public static MarcRecord Map { get; } = new(
        new Leader("00000cem a2200000 i 4500"),
        new ControlField("001", "TV-M-0001"),
        new ControlField("008", Fixed("100301q20102011vm ||||| a    |  0   ", "vie")),
        new DataField("034", '1', ' ', new Subfield('a', "a"), new Subfield('b', "1000000")),
        new DataField("245", '0', '0', new Subfield('a', "Bản đồ hành chính Việt Nam ="), new Subfield('b', "Administrative map of Vietnam /"), new Subfield('c', "Cục Đo đạc và Bản đồ Việt Nam.")),
        new DataField("255", ' ', ' ', new Subfield('a', "Tỷ lệ 1:1.000.000.")),
        new DataField("264", ' ', '1', new Subfield('a', "Hà Nội :"), new Subfield('b', "Nxb. Tài nguyên - Môi trường và Bản đồ Việt Nam,"), new Subfield('c', "[2010?]")),
        new DataField("300", ' ', ' ', new Subfield('a', "1 bản đồ :"), new Subfield('b', "màu ;"), new Subfield('c', "79 x 109 cm.")),
        new DataField("651", ' ', '0', new Subfield('a', "Vietnam"), new Subfield('x', "Administrative and political divisions"), new Subfield('v', "Maps.")),
        new DataField("710", '2', ' ', new Subfield('a', "Cục Đo đạc và Bản đồ Việt Nam,"), new Subfield('e', "cartographer.")),
        new DataField("752", ' ', ' ', new Subfield('a', "Việt Nam."), new Subfield('d', "Hà Nội.")));

    /// <summary>An audiobook (nonmusical sound recording) with a GMD in 245 $h and a narrator.</summary>
    public static MarcRecord SoundRecording { get; } = new(
        new Leader("00000cim a2200000 i 4500"),
        new ControlField("001", "TV-A-0001"),
        new ControlField("008", Fixed("200115s2020    vm nnn  f      n ", "vie")),
        new DataField("100", '1', ' ', new Subfield('a', "Tô, Hoài,"), new Subfield('d', "1920-2014,"), new Subfield('e', "author.")),
        new DataField("245", '1', '0', new Subfield('a', "Dế mèn phiêu lưu ký"), new Subfield('h', "[sound recording] :"), new Subfield('b', "sách nói /"), new Subfield('c', "Tô Hoài ; Hà Phương đọc.")),
        new DataField("264", ' ', '1', new Subfield('a', "Thành phố Hồ Chí Minh :"), new Subfield('b', "Fonos,"), new Subfield('c', "[2020]")),
        new DataField("264", ' ', '4', new Subfield('c', "℗2020")),
        new DataField("300", ' ', ' ', new Subfield('a', "1 audio disc (3 hr., 20 min.) :"), new Subfield('b', "digital ;"), new Subfield('c', "4 3/4 in.")),
        new DataField("546", ' ', ' ', new Subfield('a', "In Vietnamese.")),
        new DataField("650", ' ', '0', new Subfield('a', "Insects"), new Subfield('v', "Juvenile fiction.")),
        new DataField("655", ' ', '7', new Subfield('a', "Audiobooks."), new Subfield('2', "lcgft")),
        new DataField("700", '0', ' ', new Subfield('a', "Hà Phương,"), new Subfield('e', "narrator."), new Subfield('4', "nrt")),
        new DataField("856", '4', '1', new Subfield('u', "https://example.org/sach-noi/de-men."), new Subfield('q', "audio/mpeg")));

    /// <summary>A doctoral thesis (luận án), typescript, with a structured 502 and a 264 production statement.</summary>
    public static MarcRecord Thesis { get; } = new(
        new Leader("00000ctm a2200000 i 4500"),
        new ControlField("001", "TV-LA-0001"),
        new ControlField("008", Fixed("160220s2015    vm a     bm   000 0 ", "vie")),
        new DataField("080", ' ', ' ', new Subfield('a', "821.922.09")),
        new DataField("100", '1', ' ', new Subfield('a', "Trần, Thị Minh,"), new Subfield('e', "author.")),
        new DataField("245", '1', '0', new Subfield('a', "Thơ Nôm Đường luật thế kỷ XVIII :"), new Subfield('b', "luận án tiến sĩ ngữ văn /"), new Subfield('c', "Trần Thị Minh ; người hướng dẫn khoa học: Nguyễn Văn A.")),
        new DataField("264", ' ', '0', new Subfield('a', "Hà Nội,"), new Subfield('c', "2015.")),
        new DataField("300", ' ', ' ', new Subfield('a', "180 tờ ;"), new Subfield('c', "30 cm.")),
        new DataField("502", ' ', ' ', new Subfield('b', "Luận án Tiến sĩ Ngữ văn"), new Subfield('c', "Viện Văn học"), new Subfield('d', "2015.")),
        new DataField("504", ' ', ' ', new Subfield('a', "Thư mục: tờ 170-180.")),
        new DataField("650", ' ', '4', new Subfield('a', "Thơ Nôm"), new Subfield('y', "Thế kỷ 18"), new Subfield('x', "Nghiên cứu văn học.")),
        new DataField("700", '1', ' ', new Subfield('a', "Nguyễn, Văn A,"), new Subfield('e', "thesis advisor."), new Subfield('4', "ths")));

    /// <summary>A 40-character book 008: <paramref name="front"/> is positions 00-34, then language and blanks.</summary>
    private static string Fixed(string front, string language)
    {
        var value = front.PadRight(35)[..35] + language + " d";
        return value;
    }
}
