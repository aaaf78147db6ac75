using System.Text;
using CsCheck;
using ThuVien.Marc.Iso2709;
using ThuVien.Marc.Tests.Support;
using ThuVien.Marc.Text;

namespace ThuVien.Marc.Tests.Vietnamese;

public class VietnameseLegacyDetectionTests
{
    // Above this the reader overrides leader/09 (MarcTextDecoder.ChooseForRecord).
    private const double Trusted = 0.9;

    public static TheoryData<int> Records() => [.. Enumerable.Range(0, VietnameseRecords.All.Length)];

    [Theory]
    [MemberData(nameof(Records))]
    public void A_TCVN3_record_is_recognized_with_high_confidence(int index)
    {
        var detection = DetectRecord(VietnameseRecords.All[index], VietnameseRecordForms.Tcvn3);
        Assert.Equal(MarcEncoding.Tcvn3, detection.Encoding);
        Assert.True(detection.Confidence >= Trusted, $"confidence {detection.Confidence}");
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void A_VNI_record_is_recognized_with_high_confidence(int index)
    {
        var detection = DetectRecord(VietnameseRecords.All[index], VietnameseRecordForms.Vni);
        Assert.Equal(MarcEncoding.Vni, detection.Encoding);
        Assert.True(detection.Confidence >= Trusted, $"confidence {detection.Confidence}");
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void The_same_record_in_MARC8_is_not_taken_for_legacy_Vietnamese(int index)
    {
        var detection = DetectRecord(VietnameseRecords.All[index], VietnameseRecordForms.Marc8);
        Assert.True(detection.Confidence < Trusted, $"{detection.Encoding} with confidence {detection.Confidence}");
        Assert.Equal(MarcEncoding.Auto, detection.Encoding);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void The_same_record_in_UTF8_is_not_legacy_Vietnamese(int index)
    {
        var detection = DetectRecord(VietnameseRecords.All[index], VietnameseRecordForms.Utf8);
        Assert.Equal(new VietnameseLegacyDetection(MarcEncoding.Auto, 0), detection);
    }

    // A 245 of four or five syllables in a record with a few other Vietnamese fields.
    [Theory]
    [InlineData("Số đỏ", "Vũ Trọng Phụng", "Hà Nội :", "Hội Nhà văn,")]
    [InlineData("Tắt đèn", "Ngô Tất Tố", "Hà Nội :", "Văn học,")]
    [InlineData("Truyện Kiều", "Nguyễn Du", "Hà Nội :", "Giáo dục,")]
    [InlineData("Lịch sử Việt Nam", "Trần Trọng Kim", "Sài Gòn :", "Tân Việt,")]
    [InlineData("Nhật ký trong tù", "Hồ Chí Minh", "Hà Nội :", "Văn học,")]
    [InlineData("Dế Mèn phiêu lưu ký", "Tô Hoài", "Hà Nội :", "Kim Đồng,")]
    [InlineData("Đường Kách mệnh", "Nguyễn Ái Quốc", "Hà Nội :", "Sự thật,")]
    [InlineData("Thơ Xuân Diệu", "Xuân Diệu", "Huế :", "Thuận Hoá,")]
    public void A_short_title_is_recognized_when_the_record_has_a_few_Vietnamese_fields(string title, string author, string place, string publisher)
    {
        var record = new MarcRecord(
            Leader.Default,
            new ControlField("001", "VN-SHORT"),
            new DataField("100", '0', ' ', new Subfield('a', author)),
            new DataField("245", '1', '0', new Subfield('a', title + " /"), new Subfield('c', author + ".")),
            new DataField("260", ' ', ' ', new Subfield('a', place), new Subfield('b', publisher), new Subfield('c', "1990.")));

        foreach (var (form, encoding) in new[] { (VietnameseRecordForms.Tcvn3, MarcEncoding.Tcvn3), (VietnameseRecordForms.Vni, MarcEncoding.Vni) })
        {
            var detection = DetectRecord(record, form);
            Assert.Equal(encoding, detection.Encoding);
            Assert.True(detection.Confidence >= Trusted, $"{form}: confidence {detection.Confidence}");
        }
    }

    [Fact]
    public void A_lone_short_phrase_is_a_guess_but_not_trusted()
    {
        var detection = VietnameseLegacy.Detect(Tcvn3Encoder.Encode("Số đỏ"));
        Assert.Equal(MarcEncoding.Tcvn3, detection.Encoding);
        Assert.InRange(detection.Confidence, 0.01, Trusted - 0.01);
    }

    [Theory]
    [InlineData("marc/marc4j/brkrtest.mrc")]
    [InlineData("marc/evergreen/lul_fre_100.mrc")]
    [InlineData("marc/yaz-marc-files/marc1.marc")]
    [InlineData("marc/pymarc/marc8.dat")]
    public void Real_MARC8_records_are_not_taken_for_legacy_Vietnamese(string file)
    {
        var records = 0;
        foreach (var data in RecordData(TestData.Require(file)))
        {
            records++;
            var detection = VietnameseLegacy.Detect(data);
            Assert.True(detection.Confidence < Trusted, $"{file} record {records}: {detection.Encoding} with confidence {detection.Confidence}");
            Assert.Equal(MarcEncoding.Auto, detection.Encoding);
        }

        Assert.True(records > 0, $"no record read from {file}");
    }

    [Fact]
    public void No_record_of_the_shared_ISO_2709_files_is_taken_for_legacy_Vietnamese()
    {
        var files = TestData.Files("marc", ".mrc", ".marc", ".dat").ToList();
        if (files.Count == 0)
        {
            Assert.Skip("shared test data not found");
        }

        var records = 0;
        var worst = 0.0;
        foreach (var file in files)
        {
            foreach (var data in RecordData(TestData.Require(file)))
            {
                records++;
                var detection = VietnameseLegacy.Detect(data);
                worst = Math.Max(worst, detection.Confidence);
                Assert.True(detection.Confidence < Trusted, $"{file}: {detection.Encoding} with confidence {detection.Confidence}");
            }
        }

        Assert.True(records > 1000, $"only {records} records read");
        Assert.True(worst < 0.5, $"highest confidence {worst}");
    }

    [Theory]
    [InlineData("Histoire de la littérature française à l'époque de la Révolution, où l'on voit déjà naître le romantisme")]
    [InlineData("Études sur le théâtre à Paris : Molière, Racine et Corneille ; préface de André Malraux")]
    [InlineData("Über die Grundlagen der Bibliothekswissenschaft : Geschichte, Gegenwart und Zukunft der öffentlichen Büchereien")]
    [InlineData("Historia de la música en España y América : época colonial, siglo XVIII, año de publicación")]
    [InlineData("A história da educação no Brasil : coleção de documentos, volume único, São Paulo")]
    [InlineData("à à à à à à à à à à où où où où sí sí sí sí é é é")]
    public void Latin1_Western_European_text_is_not_taken_for_legacy_Vietnamese(string text)
    {
        var detection = VietnameseLegacy.Detect(Encoding.Latin1.GetBytes(text));
        Assert.True(detection.Confidence < Trusted, $"{detection.Encoding} with confidence {detection.Confidence}");
        Assert.Equal(MarcEncoding.Auto, detection.Encoding);
    }

    [Fact]
    public void A_Latin1_French_record_is_not_taken_for_legacy_Vietnamese()
    {
        var record = new MarcRecord(
            Leader.Default,
            new ControlField("001", "FR-1"),
            new DataField("100", '1', ' ', new Subfield('a', "Hugo, Victor,"), new Subfield('d', "1802-1885.")),
            new DataField("245", '1', '0', new Subfield('a', "Les misérables /"), new Subfield('c', "Victor Hugo ; édition présentée par Yves Gohin.")),
            new DataField("260", ' ', ' ', new Subfield('a', "Paris :"), new Subfield('b', "Gallimard,"), new Subfield('c', "1995.")),
            new DataField("500", ' ', ' ', new Subfield('a', "Roman publié à Bruxelles et à Paris en 1862 ; où l'on suit Jean Valjean, forçat libéré, à travers la société française.")),
            new DataField("650", ' ', '0', new Subfield('a', "Pauvreté"), new Subfield('z', "France"), new Subfield('v', "Romans.")));
        var detection = VietnameseLegacy.Detect(VietnameseRecordForms.DataOf(EightBitIso2709.Write(record, Encoding.Latin1.GetBytes)));
        Assert.True(detection.Confidence < Trusted, $"{detection.Encoding} with confidence {detection.Confidence}");
        Assert.Equal(MarcEncoding.Auto, detection.Encoding);
    }

    [Fact]
    public void Plain_ASCII_is_not_legacy_Vietnamese()
    {
        Assert.Equal(new VietnameseLegacyDetection(MarcEncoding.Auto, 0), VietnameseLegacy.Detect("Truyen Kieu / Nguyen Du. Ha Noi : Van hoc, 2015."u8));
        Assert.Equal(new VietnameseLegacyDetection(MarcEncoding.Auto, 0), VietnameseLegacy.Detect([]));
    }

    [Fact]
    public void Bytes_with_a_MARC8_escape_sequence_are_not_legacy_Vietnamese()
    {
        byte[] bytes = [.. Tcvn3Encoder.Encode("Truyện Kiều của Nguyễn Du, Hà Nội, Văn học"), 0x1B, 0x28, 0x42];
        Assert.Equal(MarcEncoding.Auto, VietnameseLegacy.Detect(bytes).Encoding);
    }

    [Fact]
    public void Any_bytes_give_a_confidence_between_0_and_1()
    {
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            var detection = VietnameseLegacy.Detect(bytes);
            return detection.Confidence is >= 0 and <= 1
                && (detection.Encoding is MarcEncoding.Tcvn3 or MarcEncoding.Vni ? detection.Confidence >= 0.5 : detection.Confidence < 0.5);
        });
    }

    private static VietnameseLegacyDetection DetectRecord(MarcRecord record, string form) =>
        VietnameseLegacy.Detect(VietnameseRecordForms.DataOf(VietnameseRecordForms.Write(record, form)));

    /// <summary>The data part of each record of an ISO 2709 file, as the reader hands it to detection.</summary>
    private static IEnumerable<byte[]> RecordData(string path)
    {
        using var reader = new Iso2709Reader(File.OpenRead(path), new MarcReaderOptions { Encoding = MarcEncoding.Latin1, KeepRaw = true });
        foreach (var result in reader)
        {
            var raw = result.Raw.Span;
            if (raw.Length > 24 && int.TryParse(raw.Slice(12, 5), out var baseAddress) && baseAddress < raw.Length)
            {
                yield return raw[baseAddress..].ToArray();
            }
        }
    }
}
