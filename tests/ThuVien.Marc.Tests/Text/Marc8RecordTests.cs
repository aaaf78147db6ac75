using System.Text;
using System.Xml;
using ThuVien.Marc.Iso2709;
using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.Text;

/// <summary>MARC-8 records read whole through <see cref="Iso2709Reader"/>, checked against other tools' UTF-8.</summary>
public class Marc8RecordTests
{
    // marc12 has damage outside MARC-8 (a subfield delimiter inside a value); it has its own test.
    private const string DamagedYazFile = "marc12";

    [Fact]
    public void A_Vietnamese_MARC8_record_reads_as_precomposed_NFC_without_warnings()
    {
        const byte Sub = 0x1F;
        var bytes = Iso2709(
            ("001", Marc8Bytes.Of("VN-0001")),
            ("100", Marc8Bytes.Of("0 ", Sub, "aNguy", 0xE3, 0xE4, "en Du")),
            ("245", Marc8Bytes.Of("10", Sub, "aTruy", 0xE3, 0xF2, "en Ki", 0xE3, 0xE1, "eu /", Sub, "cNguy", 0xE3, 0xE4, "en Du.")),
            ("260", Marc8Bytes.Of("  ", Sub, "aH", 0xE1, "a N", 0xE3, 0xF2, "oi :", Sub, "bV", 0xE6, "an h", 0xF2, "oc,", Sub, "c1995.")),
            ("650", Marc8Bytes.Of(" 7", Sub, "a", 0xA3, 0xBD, 0xE1, 0xBC, "ng thi", Sub, "2Th", 0xBD, " vi", 0xE3, 0xF2, "en Qu", 0xE3, 0xE2, "oc gia")));
        using var reader = new Iso2709Reader(new MemoryStream(bytes));
        var result = Assert.Single(reader);
        Assert.True(result.IsAccepted, result.RejectionReason);
        Assert.Empty(result.Issues);
        var record = result.Record!;
        Assert.Equal("Nguyễn Du", record.Value("100", 'a'));
        Assert.Equal("Truyện Kiều /", record.Value("245", 'a'));
        Assert.Equal("Hà Nội :", record.Value("260", 'a'));
        Assert.Equal("Văn học,", record.Value("260", 'b'));
        Assert.Equal("Đường thi", record.Value("650", 'a'));
        Assert.Equal("Thư viện Quốc gia", record.Value("650", '2'));
    }

    // A MARC-8 record (leader/09 blank) from raw field contents, terminators added.
    private static byte[] Iso2709(params (string Tag, byte[] Content)[] fields)
    {
        var directory = new List<byte>();
        var data = new List<byte>();
        foreach (var (tag, content) in fields)
        {
            directory.AddRange(Encoding.ASCII.GetBytes($"{tag}{content.Length + 1:D4}{data.Count:D5}"));
            data.AddRange(content);
            data.Add(0x1E);
        }

        var baseAddress = 24 + directory.Count + 1;
        var length = baseAddress + data.Count + 1;
        var leader = Encoding.ASCII.GetBytes($"{length:D5}nam  22{baseAddress:D5} a 4500");
        return [.. leader, .. directory, 0x1E, .. data, 0x1D];
    }

    [Fact]
    public void The_marc4j_break_test_records_read_the_same_as_their_UTF8_twins()
    {
        var marc8 = ReadAll("marc/marc4j/brkrtest.mrc", MarcEncoding.Auto);
        var utf8 = ReadAll("marc/marc4j/brkrtest_UTF8.mrc", MarcEncoding.Auto);
        Assert.Equal(8, marc8.Count);
        Assert.Equal(utf8.Count, marc8.Count);

        var fields = 0;
        for (var i = 0; i < marc8.Count; i++)
        {
            Assert.DoesNotContain(marc8[i].Issues, issue => issue.Message.StartsWith("MARC-8", StringComparison.Ordinal));
            var expected = Fields(utf8[i].Record!);
            var actual = Fields(marc8[i].Record!);
            Assert.Equal(expected.Count, actual.Count);
            Assert.Empty(Differences(expected, actual));
            fields += expected.Count;
        }

        Assert.True(fields > 100, $"only {fields} fields compared");
    }

    public static TheoryData<string> YazMarc8Files()
    {
        var files = new TheoryData<string>();
        foreach (var chr in TestData.Files("marc/yaz-marc-files", ".chr"))
        {
            var name = Path.GetFileNameWithoutExtension(chr);
            if (name != DamagedYazFile && File.ReadAllText(Path.Combine(TestData.RootOrNull!, chr)).Trim() == "marc-8")
            {
                files.Add(name);
            }
        }

        // Keep the theory visible (and skipped by TestData) when the shared data is absent.
        if (files.Count == 0)
        {
            files.Add("marc7");
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(YazMarc8Files))]
    public void A_yaz_MARC8_file_reads_as_yaz_converts_it_to_MARCXML(string name)
    {
        var (result, expected, actual) = ReadYaz(name);
        Assert.Empty(Differences(expected, actual));
        Assert.DoesNotContain(result.Issues, issue => issue.Message.StartsWith("MARC-8", StringComparison.Ordinal));
    }

    [Fact]
    public void The_damaged_yaz_CJK_record_differs_from_yaz_only_where_its_bytes_are_broken()
    {
        var (result, expected, actual) = ReadYaz(DamagedYazFile);
        var differences = Differences(expected, actual);

        // Field 33 (880 = 520) holds a subfield delimiter inside EACC text: ISO 2709 splits the value there.
        // Field 34 (880 = 500) holds two 0xFD bytes, not in ANSEL: yaz drops them, we put U+FFFD and warn.
        Assert.Equal([33, 34], differences);
        Assert.Equal(expected[34 - 1].Normalize(NormalizationForm.FormC), actual[34 - 1].Replace("\uFFFD", string.Empty, StringComparison.Ordinal));
        var marc8 = result.Issues.Where(i => i.Message.StartsWith("MARC-8", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, marc8.Count);
        Assert.All(marc8, i => Assert.Contains("byte 0xFD", i.Message, StringComparison.Ordinal));
        Assert.All(marc8, i => Assert.Equal("880", i.Tag));
    }

    private static (MarcReadResult Result, List<string> Expected, List<string> Actual) ReadYaz(string name)
    {
        var expected = XmlFields(TestData.Require($"marc/yaz-marc-files/{name}.xml"));
        var result = Assert.Single(ReadAll($"marc/yaz-marc-files/{name}.marc", MarcEncoding.Marc8));
        Assert.True(result.IsAccepted, result.RejectionReason);
        var actual = Fields(result.Record!);
        Assert.Equal(expected.Count, actual.Count);
        return (result, expected, actual);
    }

    // The 1-based numbers of the fields that differ (compared as NFC), each written to the test output.
    private static List<int> Differences(List<string> expected, List<string> actual)
    {
        var differences = new List<int>();
        for (var i = 0; i < expected.Count; i++)
        {
            var want = expected[i].Normalize(NormalizationForm.FormC);
            if (want != actual[i])
            {
                differences.Add(i + 1);
                TestContext.Current.TestOutputHelper?.WriteLine($"field {i + 1}:\n  expected: {want}\n  actual:   {actual[i]}");
            }
        }

        return differences;
    }

    [Theory]
    [InlineData("marc/pymarc/bad_marc8_escape.dat", "unknown escape sequence ESC t")]
    [InlineData("marc/marc4j/incomplete_esc_seq.mrc", "incomplete escape sequence ESC $")]
    [InlineData("marc/pymarc/bad_eacc_encoding.dat", "is not in the code table")]
    [InlineData("marc/ruby-marc/bad_eacc_encoding.marc8.marc", "incomplete EACC character")]
    public void Broken_MARC8_is_read_with_warnings_that_name_the_problem(string file, string problem)
    {
        var results = ReadAll(file, MarcEncoding.Auto);
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.IsAccepted, r.RejectionReason));
        var warnings = results.SelectMany(r => r.Issues).Where(i => i.Message.StartsWith("MARC-8: ", StringComparison.Ordinal)).ToList();
        foreach (var warning in warnings)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(warning.ToString());
        }

        Assert.Contains(warnings, w => w.Message.Contains(problem, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.Equal(MarcSeverity.Warning, w.Severity));
        Assert.All(warnings, w => Assert.NotNull(w.Tag));
    }

    [Fact]
    public void The_damaged_Societe_linneenne_record_keeps_its_text()
    {
        var record = Assert.Single(ReadAll("marc/pymarc/bad_marc8_escape.dat", MarcEncoding.Auto)).Record!;
        // "Soci<ESC>t<e-acute>e linn<ESC>enne": each stray ESC is dropped, the text around it stays.
        Assert.Equal("Bulletin de la Société linnenne de Bordeaux.", record.Value("245", 'a'));
        Assert.Contains(record.Values("222", 'a'), v => v == "Bulletin de la Socité linnenne de Bordeaux");
    }

    public static TheoryData<string> Iso2709Files() =>
        [.. TestData.Files("marc", ".mrc", ".dat", ".marc").DefaultIfEmpty("marc/marc4j/brkrtest.mrc")];

    [Theory]
    [MemberData(nameof(Iso2709Files))]
    public void Any_ISO2709_file_read_as_MARC8_never_throws(string file)
    {
        var results = ReadAll(file, MarcEncoding.Marc8);
        Assert.NotEmpty(results);
        Assert.All(results.Where(r => r.IsAccepted).SelectMany(r => Values(r.Record!)), v => Assert.True(v.Value.IsNormalized(NormalizationForm.FormC), v.Value));
    }

    private static List<MarcReadResult> ReadAll(string file, MarcEncoding encoding)
    {
        using var reader = new Iso2709Reader(File.OpenRead(TestData.Require(file)), new MarcReaderOptions { Encoding = encoding });
        return [.. reader];
    }

    private static List<(string Tag, string Value)> Values(MarcRecord record)
    {
        var values = new List<(string, string)>();
        foreach (var field in record.Fields)
        {
            switch (field)
            {
                case ControlField control:
                    values.Add((control.Tag, control.Value));
                    break;
                case DataField data:
                    values.AddRange(data.Subfields.Select(s => (data.Tag + "$" + s.Code, s.Value)));
                    break;
            }
        }

        return values;
    }

    // One line per field: tag, indicators ignored, then each subfield as $code value.
    private static List<string> Fields(MarcRecord record) =>
        [.. record.Fields.Select(f => f switch
        {
            ControlField c => c.Tag + " " + c.Value,
            DataField d => d.Tag + " " + string.Concat(d.Subfields.Select(s => "$" + s.Code + s.Value)),
            _ => f.Tag,
        })];

    private static List<string> XmlFields(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        using var xml = XmlReader.Create(File.OpenRead(path), settings);
        var fields = new List<string>();
        var more = xml.Read();
        while (more)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "controlfield")
            {
                var tag = xml.GetAttribute("tag");
                fields.Add(tag + " " + xml.ReadElementContentAsString());
                more = !xml.EOF;
                continue;
            }

            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "datafield")
            {
                fields.Add(xml.GetAttribute("tag") + " ");
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "subfield")
            {
                var code = xml.GetAttribute("code");
                fields[^1] += "$" + code + xml.ReadElementContentAsString();
                more = !xml.EOF;
                continue;
            }

            more = xml.Read();
        }

        return fields;
    }
}
