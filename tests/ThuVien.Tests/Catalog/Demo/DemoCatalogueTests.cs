using System.Buffers;
using System.Globalization;
using System.Text;

using ThuVien.Catalog.Demo;
using ThuVien.Marc;
using ThuVien.Marc.Iso2709;

namespace ThuVien.Tests.Catalog.Demo;

public class DemoCatalogueTests
{
    private static readonly IReadOnlyList<MarcRecord> Records = [.. DemoCatalogue.Generate()];

    private static readonly SearchValues<char> VietnameseLetters = SearchValues.Create(
        "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
        + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ");

    [Fact]
    public void Two_calls_give_the_same_ISO_2709_bytes()
    {
        var first = DemoCatalogue.Generate().Select(Iso2709Writer.ToBytes).ToList();
        var second = DemoCatalogue.Generate().Select(Iso2709Writer.ToBytes).ToList();

        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.True(first[i].AsSpan().SequenceEqual(second[i]), $"record {i + 1} differs between two calls");
        }
    }

    [Fact]
    public void There_are_between_300_and_400_records()
    {
        Assert.InRange(Records.Count, 300, 400);
    }

    [Fact]
    public void Every_record_written_as_ISO_2709_reads_back_unchanged_with_no_warnings()
    {
        using var file = new MemoryStream();
        using (var writer = new Iso2709Writer(file, leaveOpen: true))
        {
            foreach (var record in Records)
            {
                writer.Write(record);
            }
        }

        file.Position = 0;
        using var reader = new Iso2709Reader(file);
        var results = reader.ToList();

        Assert.Equal(Records.Count, results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            Assert.True(result.IsAccepted, $"record {i + 1} rejected: {result.RejectionReason}");
            Assert.True(result.Issues.IsEmpty, $"record {i + 1} ({Records[i].ControlNumber}): {string.Join("; ", result.Issues)}");
            Assert.Equal(MarcLineFormat.Format(Records[i])[Leader.Length..], MarcLineFormat.Format(result.Record!)[Leader.Length..]);
        }
    }

    [Fact]
    public void Every_ISBN_13_has_a_valid_check_digit_and_none_repeats()
    {
        var isbns = Records.SelectMany(r => r.Values("020", 'a')).ToList();

        Assert.True(isbns.Count > 200, $"only {isbns.Count} ISBNs");
        Assert.All(isbns, isbn => Assert.True(IsValidIsbn13(isbn), $"{isbn} is not a valid ISBN-13"));
        Assert.Equal(isbns.Count, isbns.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Vietnamese_editions_carry_ISBNs_in_the_Vietnamese_group_978_604()
    {
        var vietnamese = Records
            .Where(r => r.Control("008")!.Substring(15, 3) == "vm ")
            .SelectMany(r => r.Values("020", 'a'))
            .ToList();

        Assert.NotEmpty(vietnamese);
        Assert.All(vietnamese, isbn => Assert.StartsWith("978604", isbn, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_ISSN_has_a_valid_check_digit()
    {
        var issns = Records.SelectMany(r => r.Values("022", 'a')).ToList();

        Assert.NotEmpty(issns);
        Assert.All(issns, issn => Assert.True(IsValidIssn(issn), $"{issn} is not a valid ISSN"));
    }

    [Fact]
    public void Control_numbers_are_TV_and_a_number_and_unique()
    {
        var numbers = Records.Select(r => r.ControlNumber).ToList();

        Assert.All(numbers, n => Assert.Matches("^TV[0-9]+$", n));
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Records, r => Assert.Equal("VN-ThuVien", r.Control("003")));
    }

    [Fact]
    public void Every_record_has_one_to_five_copies_with_unique_TV_barcodes()
    {
        Assert.All(Records, r => Assert.InRange(r.DataFields("952").Count(), 1, 5));

        var barcodes = Records.SelectMany(r => r.Values("952", 'p')).ToList();
        Assert.All(barcodes, b => Assert.Matches("^TV[0-9]{8}$", b));
        Assert.Equal(barcodes.Count, barcodes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Copies_name_library_location_item_type_and_a_call_number_that_starts_with_the_DDC_number()
    {
        string[] locations = ["KHO-MO", "THIEU-NHI", "THAM-KHAO", "TAP-CHI", "LUAN-VAN", "DA-PHUONG-TIEN", "TRUC-TUYEN"];
        foreach (var record in Records)
        {
            var ddc = record.Value("082", 'a')!;
            foreach (var item in record.DataFields("952"))
            {
                Assert.Contains(item['a'], new[] { "MAIN", "CN1" });
                Assert.Contains(item['b'], new[] { "MAIN", "CN1" });
                Assert.Contains(item['c'], locations);
                Assert.False(string.IsNullOrEmpty(item['y']));
                Assert.StartsWith(ddc + " ", item['o'], StringComparison.Ordinal);
                Assert.Contains(item['7'], new[] { "0", "1" });
            }
        }
    }

    [Fact]
    public void Dates_acquired_are_real_dates_between_publication_and_the_demo_date()
    {
        var latest = new DateOnly(2024, 1, 15);
        foreach (var record in Records)
        {
            var published = int.Parse(record.Control("008")!.AsSpan(7, 4), CultureInfo.InvariantCulture);
            foreach (var acquired in record.Values("952", 'd'))
            {
                var date = DateOnly.ParseExact(acquired, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                Assert.True(date <= latest, $"{record.ControlNumber} acquired on {acquired}, after the demo date");
                Assert.True(date.Year >= published, $"{record.ControlNumber} acquired on {acquired}, before it was published in {published}");
            }
        }
    }

    [Fact]
    public void Every_text_value_is_in_Unicode_normalization_form_C()
    {
        foreach (var record in Records)
        {
            foreach (var field in record.Fields)
            {
                var values = field switch
                {
                    ControlField control => [control.Value],
                    DataField data => data.Subfields.Select(s => s.Value).ToArray(),
                    _ => [],
                };
                Assert.All(values, value => Assert.True(value.IsNormalized(NormalizationForm.FormC), $"{record.ControlNumber} {field.Tag}: \"{value}\" is not NFC"));
            }
        }
    }

    [Theory]
    [InlineData("book", 'a', 'm')]
    [InlineData("serial", 'a', 's')]
    [InlineData("thesis", 't', 'm')]
    [InlineData("map", 'e', 'm')]
    [InlineData("spoken word recording", 'i', 'm')]
    [InlineData("music recording", 'j', 'm')]
    [InlineData("video", 'g', 'm')]
    public void Each_type_of_record_is_present(string kind, char type, char level)
    {
        Assert.True(Records.Count(r => r.Leader.TypeOfRecord == type && r.Leader.BibliographicLevel == level) >= 3, $"fewer than 3 records of kind {kind}");
    }

    [Fact]
    public void Children_books_reference_works_theses_and_e_books_are_present_and_coded()
    {
        Assert.Contains(Records, r => r.Control("008")![22] == 'j' && r.Values("952", 'c').Contains("THIEU-NHI"));
        Assert.Contains(Records, r => r.Control("008")![24] == 'd' && r.Values("952", 'y').Contains("REF"));
        Assert.Contains(Records, r => r.Control("008")![24] == 'e');
        Assert.All(Records.Where(r => r.Leader.TypeOfRecord == 't'), r => Assert.NotNull(r.DataField("502")));
        Assert.Contains(Records, r => r.Control("008")![23] == 'o' && r.Value("856", 'u') is { } url && url.StartsWith("https://", StringComparison.Ordinal));
        Assert.Contains(Records, r => r.Value("490", 'a') is { } series && series.StartsWith("Kết nối tri thức", StringComparison.Ordinal));
    }

    [Fact]
    public void Vietnamese_diacritics_appear_in_at_least_half_the_titles()
    {
        var vietnamese = Records.Count(r => r.DataField("245")!.Subfields.Any(s => HasVietnameseDiacritics(s.Value)));

        Assert.True(vietnamese * 2 >= Records.Count, $"only {vietnamese} of {Records.Count} titles are in Vietnamese with diacritics");
    }

    [Fact]
    public void The_language_in_008_agrees_with_041()
    {
        string[] known = ["vie", "eng", "fre"];
        foreach (var record in Records)
        {
            var language = record.Control("008")!.Substring(35, 3);
            var field041 = record.DataField("041");

            Assert.Contains(language, known);
            Assert.NotNull(field041);
            Assert.Equal(language, field041.Values("ad").First());
            Assert.Equal(field041.Ind1 == '1', field041['h'] is not null);
        }
    }

    [Fact]
    public void Field_008_has_40_characters_and_agrees_with_the_imprint_year()
    {
        foreach (var record in Records)
        {
            var field008 = record.Control("008")!;
            var year = record.Value("264", 'c')!;

            Assert.Equal(40, field008.Length);
            Assert.StartsWith(field008.Substring(7, 4), year, StringComparison.Ordinal);
            Assert.Contains(field008[6], "scp");
        }
    }

    [Fact]
    public void Titles_carry_ISBD_punctuation()
    {
        foreach (var record in Records)
        {
            var title = record.DataField("245")!;
            var subfields = title.Subfields;

            Assert.Equal('a', subfields[0].Code);
            Assert.True(subfields[^1].Value[^1] is '.' or '?' or '!', $"{record.ControlNumber}: 245 does not end with a full stop: {title}");
            for (var i = 1; i < subfields.Length; i++)
            {
                var before = subfields[i - 1].Value;
                var expected = subfields[i].Code switch
                {
                    'b' => " :",
                    'c' => " /",
                    'n' => ".",
                    'p' => subfields[i - 1].Code == 'n' ? "," : ".",
                    _ => throw new InvalidOperationException($"unexpected 245 ${subfields[i].Code}"),
                };
                Assert.True(before.EndsWith(expected, StringComparison.Ordinal), $"{record.ControlNumber}: 245 ${subfields[i - 1].Code} should end with \"{expected}\": {title}");
            }

            Assert.Equal(record.DataField("100") is not null || record.DataField("110") is not null ? '1' : '0', title.Ind1);
        }
    }

    [Fact]
    public void Truyen_Kieu_is_catalogued_as_a_Vietnamese_library_would()
    {
        var kieu = Records.First(r => r.Value("245", 'a') == "Truyện Kiều /" && r.Leader.TypeOfRecord == 'a');

        Assert.Equal("Nguyễn Du ; Đào Duy Anh khảo đính.", kieu.Value("245", 'c'));
        Assert.Equal("Nguyễn Du,", kieu.Value("100", 'a'));
        Assert.Equal("1765-1820", kieu.Value("100", 'd'));
        Assert.Equal("Hà Nội :", kieu.Value("264", 'a'));
        Assert.Equal("Nxb. Văn học,", kieu.Value("264", 'b'));
        Assert.StartsWith("895.922", kieu.Value("082", 'a'), StringComparison.Ordinal);
        Assert.Equal("vie", kieu.Control("008")!.Substring(35, 3));
        Assert.Equal("vm ", kieu.Control("008")!.Substring(15, 3));
        Assert.Contains(kieu.DataFields("700"), f => f['a'] == "Đào Duy Anh," && f['e'] == "khảo đính");
        Assert.All(kieu.Values("952", 'o'), callNumber => Assert.Equal("895.9221 NGU", callNumber));
    }

    [Fact]
    public void Translations_name_the_original_language_and_title()
    {
        var translations = Records.Where(r => r.DataField("041")!.Ind1 == '1').ToList();

        Assert.True(translations.Count >= 20);
        Assert.All(translations.Where(r => r.DataField("100") is not null), r => Assert.NotNull(r.DataField("240")));
        Assert.Contains(translations, r => r.Value("245", 'a') == "Trăm năm cô đơn /" && r.Value("041", 'h') == "spa");
    }

    private static bool IsValidIsbn13(string isbn)
    {
        if (isbn.Length != 13 || !isbn.All(char.IsAsciiDigit) || !isbn.StartsWith("978", StringComparison.Ordinal))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 13; i++)
        {
            sum += (isbn[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return sum % 10 == 0;
    }

    private static bool IsValidIssn(string issn)
    {
        if (issn.Length != 9 || issn[4] != '-')
        {
            return false;
        }

        var digits = issn.Remove(4, 1);
        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (digits[i] - '0') * (8 - i);
        }

        var check = digits[7] is 'X' ? 10 : digits[7] - '0';
        return (sum + check) % 11 == 0;
    }

    /// <summary>
    /// A letter that carries a Vietnamese tone mark or one of the letters ă â đ ê ô ơ ư, listed rather than
    /// found by decomposition so that the test means the same in globalization-invariant mode.
    /// </summary>
    private static bool HasVietnameseDiacritics(string text) =>
        text.AsSpan().IndexOfAny(VietnameseLetters) >= 0;
}
