#:project ../../src/ThuVien.Marc/ThuVien.Marc.csproj
// Writes COUNT realistic MARC21 records (ISO 2709, UTF-8) for the search benchmark: real records from
// the shared test data, repeated and varied. About 60% become Vietnamese books (title, authors,
// subjects, publisher and summary drawn from the word lists below, with diacritics, language vie);
// the rest keep their real text with another author, year and sometimes a Vietnamese subject or a
// volume number. Every record gets a unique 001 and, nine times in ten, a unique valid ISBN-13;
// about 40% get one to three Koha-style 952 copies with a unique barcode.
// Seeded and sequential: the first N records of a larger file are the N-record file, byte for byte.
//   dotnet run bench/search/make-records.cs -- <testdata> <out.mrc> <count> [seed]
using System.Globalization;
using System.Text;
using ThuVien.Marc;
using ThuVien.Marc.Iso2709;
using ThuVien.Marc.MarcXml;

var testdata = args[0];
var output = args[1];
var count = int.Parse(args[2], CultureInfo.InvariantCulture);
var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20261125;

var sources = Sources.Load(testdata);
Console.Error.WriteLine($"make-records: {sources.Count} source records; writing {count:N0} to {output}");
var make = new Maker(sources, new Random(seed));
using (var writer = new Iso2709Writer(new BufferedStream(File.Create(output), 1 << 20)))
{
    for (var n = 0; n < count; n++)
    {
        writer.Write(make.Record(n));
    }
}

Console.Error.WriteLine($"make-records: done, {new FileInfo(output).Length / (1024 * 1024)} MB");

/// <summary>The real records everything is made from: only those that read cleanly and fit ISO 2709 with room to grow.</summary>
internal static class Sources
{
    private static readonly string[] Files =
    [
        "marc/evergreen/jazz_1k.mrc",
        "marc/evergreen/lul_fre_500.mrc",
        "marc/evergreen/FSL.marc",
        "marc/evergreen/oss.marc",
        "marc/koha/koha-sample-biblios-marc21.xml",
    ];

    public static List<MarcRecord> Load(string testdata)
    {
        var records = new List<MarcRecord>();
        var paths = Files.Select(f => Path.Combine(testdata, f))
            .Concat(Directory.EnumerateFiles(Path.Combine(testdata, "marc/openlibrary/bin_input"), "*.mrc").Order(StringComparer.Ordinal));
        foreach (var path in paths)
        {
            using IMarcReader reader = path.EndsWith(".xml", StringComparison.Ordinal)
                ? new MarcXmlReader(File.OpenRead(path))
                : new Iso2709Reader(File.OpenRead(path));
            foreach (var result in reader)
            {
                if (result.Record is { } record && record.Leader[6] is >= 'a' and <= 't' && Fits(record))
                {
                    records.Add(record);
                }
            }
        }

        return records;
    }

    private static bool Fits(MarcRecord record)
    {
        try
        {
            return Iso2709Writer.ToBytes(record).Length < 60_000;
        }
        catch (MarcWriteException)
        {
            return false;
        }
    }
}

/// <summary>Makes record n from a random source record; every draw comes from one seeded generator, in order.</summary>
internal sealed class Maker(List<MarcRecord> sources, Random random)
{
    // Fields replaced on every record, and the descriptive fields a Vietnamese record gets anew.
    private static readonly HashSet<string> Always = ["001", "003", "005", "008", "020", "041", "952", "999"];
    private static readonly HashSet<string> Descriptive = ["082", "100", "110", "111", "130", "240", "245", "246", "250", "260", "264", "520", "600", "610", "611", "630", "650", "651", "655", "700", "710", "711"];

    // A Vietnamese record keeps the source's identifiers, classification and local fields (the noise
    // real records carry) but gets its own description, physical form, notes, series and access points.
    private static bool Replaced(string tag) => Descriptive.Contains(tag) || tag == "007" || tag[0] is '3' or '4' or '5' or '8';

    private readonly List<Field> _fields = new(64);
    private readonly List<Subfield> _subfields = new(16);
    private long _barcode;

    public MarcRecord Record(int n)
    {
        var source = sources[random.Next(sources.Count)];
        var vietnamese = random.NextDouble() < 0.6;
        var year = 1950 + (int)(75 * Math.Sqrt(random.NextDouble()));
        var original008 = source.Control("008");
        var language = vietnamese ? "vie" : Language(original008);
        _fields.Clear();
        foreach (var field in source.Fields)
        {
            if (!Always.Contains(field.Tag) && field.Tag != "100" && !(vietnamese && Replaced(field.Tag)))
            {
                _fields.Add(field);
            }
        }

        _fields.Add(new ControlField("001", $"tv{n:D8}"));
        _fields.Add(new ControlField("003", "VN-BENCH"));
        _fields.Add(new ControlField("008", Fixed008(original008, year, vietnamese ? "vm " : null, language)));
        if (random.NextDouble() < 0.9)
        {
            _fields.Add(new DataField("020", ' ', ' ', new Subfield('a', Isbn13(978_604_000_000L + n))));
        }

        _fields.Add(new DataField("041", '0', ' ', new Subfield('a', language)));
        if (vietnamese)
        {
            AddVietnamese(year);
        }
        else
        {
            VaryForeign(source, year);
        }

        if (random.NextDouble() < 0.4)
        {
            AddItems(year);
        }

        var leader = vietnamese ? source.Leader.With(6, "am") : source.Leader;
        return new MarcRecord(leader, _fields.OrderBy(f => f.Tag, StringComparer.Ordinal));
    }

    private void AddVietnamese(int year)
    {
        var topic = Pick(Vocabulary.Topics);
        var author = Name();
        var title = Title(topic);
        _fields.Add(new DataField("082", '0', '4', new Subfield('a', topic.Ddc), new Subfield('2', "23")));
        _fields.Add(new DataField("100", '0', ' ', new Subfield('a', author + ".")));
        var statement = random.NextDouble() < 0.3 ? $"{author} chủ biên ; {Name()}, {Name()}" : author;
        _subfields.Clear();
        _subfields.Add(new Subfield('a', title.Subtitle is null ? title.Main + " /" : title.Main + " :"));
        if (title.Subtitle is not null)
        {
            _subfields.Add(new Subfield('b', title.Subtitle + " /"));
        }

        _subfields.Add(new Subfield('c', statement + "."));
        _fields.Add(new DataField("245", '1', '0', _subfields));
        if (random.NextDouble() < 0.25)
        {
            _fields.Add(new DataField("250", ' ', ' ', new Subfield('a', $"Tái bản lần thứ {random.Next(1, 9)}.")));
        }

        _fields.Add(new DataField("260", ' ', ' ',
            new Subfield('a', Pick(Vocabulary.Cities) + " :"),
            new Subfield('b', Pick(Vocabulary.Publishers) + ","),
            new Subfield('c', year.ToString(CultureInfo.InvariantCulture) + ".")));
        _fields.Add(new DataField("300", ' ', ' ', new Subfield('a', $"{random.Next(40, 800)} tr. :"), new Subfield('b', "minh họa ;"), new Subfield('c', $"{Pick(Vocabulary.Heights)} cm.")));
        if (random.NextDouble() < 0.2)
        {
            _fields.Add(new DataField("490", '0', ' ', new Subfield('a', Pick(Vocabulary.Series))));
        }

        if (random.NextDouble() < 0.5)
        {
            _fields.Add(new DataField("520", ' ', ' ', new Subfield('a', Summary(topic))));
        }

        _fields.Add(Subject(topic.Subject));
        for (var extra = random.Next(3); extra > 0; extra--)
        {
            _fields.Add(Subject(Pick(Vocabulary.Topics).Subject));
        }

        if (random.NextDouble() < 0.3)
        {
            _fields.Add(new DataField("700", '0', ' ', new Subfield('a', Name() + "."), new Subfield('e', Pick(Vocabulary.Roles))));
        }
    }

    private void VaryForeign(MarcRecord source, int year)
    {
        // Another real record's main author, so the same names meet other titles and years.
        var donor = sources[random.Next(sources.Count)].DataField("100") ?? source.DataField("100");
        if (donor is not null && source.DataField("110") is null && source.DataField("111") is null)
        {
            _fields.Add(donor);
        }

        for (var i = 0; i < _fields.Count; i++)
        {
            if (_fields[i] is DataField { Tag: "260" or "264" } published && published['c'] is not null)
            {
                _fields[i] = published.WithSubfields([.. published.Subfields.Select(s => s.Code == 'c' ? new Subfield('c', year.ToString(CultureInfo.InvariantCulture) + ".") : s)]);
            }
            else if (_fields[i] is DataField { Tag: "245" } title && random.NextDouble() < 0.2)
            {
                _fields[i] = title.WithSubfields(title.Subfields.Insert(1, new Subfield('n', $"Vol. {random.Next(2, 12)}.")));
            }
        }

        if (random.NextDouble() < 0.3)
        {
            _fields.Add(Subject(Pick(Vocabulary.Topics).Subject));
        }
    }

    private void AddItems(int year)
    {
        var library = Pick(Vocabulary.Libraries);
        for (var copies = random.Next(1, 4); copies > 0; copies--)
        {
            _subfields.Clear();
            _subfields.Add(new Subfield('a', library));
            _subfields.Add(new Subfield('b', random.NextDouble() < 0.8 ? library : Pick(Vocabulary.Libraries)));
            _subfields.Add(new Subfield('c', Pick(Vocabulary.Locations)));
            _subfields.Add(new Subfield('d', new DateOnly(Math.Max(year, 1990), random.Next(1, 13), random.Next(1, 29)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            _subfields.Add(new Subfield('g', (random.Next(2, 60) * 5000).ToString(CultureInfo.InvariantCulture)));
            _subfields.Add(new Subfield('o', $"{random.Next(0, 1000):D3}.{random.Next(0, 100):D2} {Vocabulary.Surnames[random.Next(Vocabulary.Surnames.Length)]}"));
            _subfields.Add(new Subfield('p', $"TV{++_barcode:D10}"));
            _subfields.Add(new Subfield('y', Pick(Vocabulary.ItemTypes)));
            var state = random.NextDouble();
            if (state < 0.08)
            {
                _subfields.Add(new Subfield('7', "1")); // not for loan
            }
            else if (state < 0.10)
            {
                _subfields.Add(new Subfield('1', "1")); // lost
            }

            _fields.Add(new DataField("952", ' ', ' ', _subfields));
        }
    }

    private (string Main, string? Subtitle) Title(Vocabulary.Topic topic)
    {
        var place = Pick(Vocabulary.Places);
        var main = random.Next(6) switch
        {
            0 => $"{Pick(Vocabulary.Forms)} {topic.Words}",
            1 => $"{topic.Words} {place}",
            2 => $"{topic.Words} {place} {Pick(Vocabulary.Periods)}",
            3 => $"{Pick(Vocabulary.Forms)} {topic.Words} {place}",
            4 => $"{topic.Words} và {Pick(Vocabulary.Topics).Words}",
            _ => Pick(Vocabulary.Works) + (random.NextDouble() < 0.3 ? $". Tập {random.Next(1, 5)}" : string.Empty),
        };
        return (Capitalised(main), random.NextDouble() < 0.35 ? Pick(Vocabulary.Subtitles) : null);
    }

    private string Name() => random.NextDouble() < 0.15
        ? Pick(Vocabulary.Writers)
        : $"{Pick(Vocabulary.Surnames)} {Pick(Vocabulary.Middles)} {Pick(Vocabulary.Givens)}";

    private string Summary(Vocabulary.Topic topic) =>
        $"Cuốn sách trình bày {topic.Words} {Pick(Vocabulary.Places)} {Pick(Vocabulary.Periods)}, " +
        $"qua {Pick(Vocabulary.Evidence)}; dành cho {Pick(Vocabulary.Readers)}.";

    private DataField Subject(string heading)
    {
        _subfields.Clear();
        _subfields.Add(new Subfield('a', heading));
        if (random.NextDouble() < 0.5)
        {
            _subfields.Add(new Subfield('z', Pick(Vocabulary.Regions)));
        }

        if (random.NextDouble() < 0.2)
        {
            _subfields.Add(new Subfield('y', Pick(Vocabulary.Centuries)));
        }

        _subfields.Add(new Subfield('2', "Bộ TK TVQG"));
        return new DataField("650", ' ', '7', _subfields);
    }

    private string Language(string? original008)
    {
        if (random.NextDouble() < 0.15)
        {
            return Pick(Vocabulary.Languages);
        }

        return original008 is { Length: >= 38 } && original008.AsSpan(35, 3).IndexOfAnyExceptInRange('a', 'z') < 0 ? original008.Substring(35, 3) : "eng";
    }

    private static string Fixed008(string? original, int year, string? country, string language) =>
        string.Create(40, (original, year, country, language), static (span, s) =>
        {
            span.Fill(' ');
            if (s.original is not null)
            {
                s.original.AsSpan(0, Math.Min(40, s.original.Length)).CopyTo(span);
            }

            "260101".CopyTo(span);
            span[6] = 's';
            s.year.TryFormat(span[7..11], out _, default, CultureInfo.InvariantCulture);
            "    ".CopyTo(span[11..]);
            if (s.country is not null)
            {
                s.country.CopyTo(span[15..]);
            }

            s.language.CopyTo(span[35..]);
        });

    private static string Isbn13(long twelveDigits)
    {
        var digits = twelveDigits.ToString(CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return digits + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static string Capitalised(string text) => string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    private T Pick<T>(T[] values) => values[random.Next(values.Length)];
}

/// <summary>Vietnamese words the made-up records use, as Vietnamese libraries catalogue them (NFC, with diacritics).</summary>
internal static class Vocabulary
{
    /// <summary>A subject area: its words in a title, its DDC number and its subject heading.</summary>
    public sealed record Topic(string Words, string Ddc, string Subject);

    public static readonly Topic[] Topics = NormalisedTopics(
    [
        new("lịch sử", "959.7", "Lịch sử"), new("văn học", "895.922", "Văn học Việt Nam"), new("kinh tế", "330.9597", "Kinh tế"),
        new("địa lý", "915.97", "Địa lý"), new("văn hóa", "306.09597", "Văn hóa"), new("giáo dục", "370.9597", "Giáo dục"),
        new("pháp luật", "349.597", "Pháp luật"), new("y học cổ truyền", "610.9597", "Y học cổ truyền"), new("nông nghiệp", "630.9597", "Nông nghiệp"),
        new("triết học", "181.1", "Triết học phương Đông"), new("ngôn ngữ học", "495.922", "Tiếng Việt"), new("tin học", "004", "Tin học"),
        new("toán học", "510", "Toán học"), new("vật lý", "530", "Vật lý"), new("hóa học", "540", "Hóa học"), new("sinh học", "570", "Sinh học"),
        new("âm nhạc", "780.9597", "Âm nhạc dân tộc"), new("mỹ thuật", "709.597", "Mỹ thuật"), new("kiến trúc", "720.9597", "Kiến trúc"),
        new("du lịch", "915.970", "Du lịch"), new("tôn giáo", "200.9597", "Tôn giáo"), new("Phật giáo", "294.3", "Phật giáo"),
        new("dân tộc học", "305.89592", "Dân tộc học"), new("khảo cổ học", "930.1", "Khảo cổ học"), new("báo chí", "079.597", "Báo chí"),
        new("văn hóa dân gian", "398.09597", "Văn hóa dân gian"), new("phong tục tập quán", "390.09597", "Phong tục tập quán"),
        new("thơ ca", "895.9221", "Thơ"), new("tiểu thuyết", "895.9223", "Tiểu thuyết"), new("truyện ngắn", "895.9223", "Truyện ngắn"),
        new("ẩm thực", "641.59597", "Ẩm thực"), new("môi trường", "363.7", "Môi trường"), new("quân sự", "355.009597", "Quân sự"),
        new("chiến tranh", "959.7043", "Chiến tranh Việt Nam"), new("thủy lợi", "627.09597", "Thủy lợi"), new("lâm nghiệp", "634.9", "Lâm nghiệp"),
    ]);

    public static readonly string[] Forms = Normalised(["Giáo trình", "Tuyển tập", "Nghiên cứu", "Tìm hiểu", "Những vấn đề", "Đại cương", "Cơ sở", "Tổng quan", "Sổ tay", "Từ điển", "Hỏi đáp", "Lược sử", "Bài giảng"]);

    public static readonly string[] Places = Normalised(["Việt Nam", "Hà Nội", "Huế", "Sài Gòn", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Nam Bộ", "Bắc Bộ", "Trung Bộ", "Tây Nguyên", "đồng bằng sông Cửu Long", "Quảng Nam", "Nghệ An", "Thăng Long", "Hội An", "Thái Bình", "Lạng Sơn", "Điện Biên"]);

    public static readonly string[] Regions = Normalised(["Việt Nam", "Hà Nội", "Huế", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Nam Bộ", "Bắc Bộ", "Tây Nguyên", "Đông Nam Á"]);

    public static readonly string[] Periods = Normalised(["thế kỷ XIX", "thời Lý - Trần", "thời Nguyễn", "hiện đại", "cổ truyền", "trung đại", "từ 1945 đến nay", "qua các thời kỳ", "thời kỳ đổi mới", "đầu thế kỷ XX", "thời Lê sơ"]);

    public static readonly string[] Centuries = Normalised(["Thế kỷ 19", "Thế kỷ 20", "Thế kỷ 21", "1945-1975", "1986-"]);

    public static readonly string[] Works = Normalised(["Truyện Kiều", "Dế Mèn phiêu lưu ký", "Số đỏ", "Tắt đèn", "Chí Phèo", "Vợ nhặt", "Bỉ vỏ", "Nỗi buồn chiến tranh", "Thương nhớ mười hai", "Đất rừng phương Nam", "Những ngôi sao xa xôi", "Hà Nội băm sáu phố phường", "Vang bóng một thời", "Gió đầu mùa", "Lục Vân Tiên", "Chinh phụ ngâm", "Cung oán ngâm khúc", "Quốc âm thi tập", "Việt Nam sử lược", "Đại Việt sử ký toàn thư", "Lĩnh Nam chích quái", "Truyền kỳ mạn lục", "Hoàng Lê nhất thống chí", "Tôi thấy hoa vàng trên cỏ xanh", "Mắt biếc", "Cánh đồng bất tận", "Thời xa vắng", "Mùa lá rụng trong vườn"]);

    public static readonly string[] Subtitles = Normalised(["tiểu thuyết", "truyện ngắn", "sách tham khảo", "giáo trình dùng cho sinh viên đại học", "hồi ký", "nghiên cứu, tư liệu", "tuyển chọn", "khảo cứu", "sách dùng cho các trường cao đẳng", "tập bài giảng"]);

    public static readonly string[] Surnames = Normalised(["Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Mai", "Tô"]);

    public static readonly string[] Middles = Normalised(["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Xuân", "Thu", "Kim", "Công", "Đình", "Quốc", "Bảo", "Hồng"]);

    public static readonly string[] Givens = Normalised(["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Thủy", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến", "Đạt", "Giang", "Huệ", "Lộc", "Nhung", "Oanh", "Quyên", "Thắng", "Tú", "Vinh"]);

    public static readonly string[] Writers = Normalised(["Nguyễn Du", "Hồ Xuân Hương", "Nam Cao", "Tô Hoài", "Nguyễn Nhật Ánh", "Xuân Diệu", "Vũ Trọng Phụng", "Ngô Tất Tố", "Nguyễn Huy Thiệp", "Bảo Ninh", "Trần Quốc Vượng", "Phan Huy Lê", "Đào Duy Anh", "Trần Văn Giàu", "Hoài Thanh", "Nguyễn Tuân", "Thạch Lam", "Kim Lân", "Nguyên Hồng", "Lê Quý Đôn", "Nguyễn Đình Chiểu", "Đoàn Thị Điểm", "Trần Trọng Kim", "Lê Minh Khuê", "Nguyễn Ngọc Tư", "Ma Văn Kháng"]);

    public static readonly string[] Roles = Normalised(["biên soạn", "dịch", "hiệu đính", "giới thiệu", "chú giải"]);

    public static readonly string[] Cities = Normalised(["Hà Nội", "Hà Nội", "Hà Nội", "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng"]);

    public static readonly string[] Publishers = Normalised(["Nxb. Giáo dục", "Nxb. Trẻ", "Nxb. Kim Đồng", "Nxb. Văn học", "Nxb. Chính trị quốc gia", "Nxb. Đại học Quốc gia Hà Nội", "Nxb. Khoa học xã hội", "Nxb. Hội Nhà văn", "Nxb. Tổng hợp Thành phố Hồ Chí Minh", "Nxb. Thế giới", "Nxb. Văn hóa dân tộc", "Nxb. Thuận Hóa", "Nxb. Lao động", "Nxb. Tư pháp", "Nxb. Y học", "Nxb. Nông nghiệp"]);

    public static readonly string[] Evidence = Normalised(["nhiều tư liệu quý hiếm", "các nguồn sử liệu trong và ngoài nước", "những khảo sát điền dã", "các văn bản Hán Nôm", "số liệu thống kê mới nhất", "hồi ức của các nhân chứng"]);

    public static readonly string[] Readers = Normalised(["sinh viên, giảng viên và bạn đọc quan tâm", "học sinh phổ thông", "các nhà nghiên cứu", "cán bộ quản lý", "bạn đọc thiếu nhi", "đông đảo bạn đọc"]);

    public static readonly string[] Heights = ["19", "20.5", "21", "24", "27"];

    public static readonly string[] Series = Normalised(["Tủ sách Văn học Việt Nam", "Tủ sách Khoa học xã hội", "Văn học thiếu nhi", "Danh tác Việt Nam", "Tủ sách Tri thức Việt"]);

    public static readonly string[] Languages = ["eng", "fre", "chi", "rus", "jpn", "ger", "kor"];

    public static readonly string[] Libraries = ["TVQG", "TVHN", "TVKHTHHCM", "TVDN", "TVHUE", "TVDHQGHN", "TVCT", "TVHP"];

    public static readonly string[] Locations = Normalised(["Kho mở", "Phòng đọc tổng hợp", "Kho lưu chiểu", "Phòng thiếu nhi", "Kho ngoại văn", "Phòng tra cứu", "Phòng đa phương tiện", "Kho sách quý hiếm"]);

    public static readonly string[] ItemTypes = ["BK", "BK", "BK", "REF", "CR", "TK"];

    private static string[] Normalised(string[] values) => [.. values.Select(v => v.Normalize(NormalizationForm.FormC))];

    private static Topic[] NormalisedTopics(Topic[] values) => [.. values.Select(t => t with { Words = t.Words.Normalize(NormalizationForm.FormC), Subject = t.Subject.Normalize(NormalizationForm.FormC) })];
}
