using ThuVien.Marc.Mapping;

namespace ThuVien.Marc.Tests.Mapping;

public class RisWriterTests
{
    [Fact]
    public void A_book_is_one_reference_from_TY_to_ER_with_crlf_lines()
    {
        var ris = RisWriter.Write(BibliographicSummary.FromMarc(SampleRecords.Kieu), id: "42", url: "https://opac.example/record/42");

        Assert.StartsWith("TY  - BOOK\r\n", ris, StringComparison.Ordinal);
        Assert.EndsWith("ER  - \r\n", ris, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ris.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = ris.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("ID  - 42", lines);
        Assert.Contains("TI  - Truyện Kiều", lines);
        Assert.Contains("AU  - Nguyễn Du", lines);
        Assert.Contains("A2  - Đào, Duy Anh", lines);
        Assert.Contains("PY  - 2019", lines);
        Assert.Contains("CY  - Hà Nội", lines);
        Assert.Contains("PB  - Văn học", lines);
        Assert.Contains("ET  - Tái bản lần thứ 3", lines);
        Assert.Contains("T3  - Tủ sách văn học cổ điển ; 5", lines);
        Assert.Contains("SN  - 9786041012349", lines);
        Assert.Contains("LA  - vie", lines);
        Assert.Contains("KW  - Thơ Nôm -- Việt Nam -- Thế kỷ 18", lines);
        Assert.Contains("N1  - Nguyên tác chữ Nôm", lines);
        Assert.Contains("UR  - https://opac.example/record/42", lines);
    }

    [Fact]
    public void Every_line_but_the_last_has_a_two_letter_tag_two_spaces_a_dash_and_a_value()
    {
        var lines = RisWriter.Write(BibliographicSummary.FromMarc(SampleRecords.Map)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.All(lines, line => Assert.Matches("^[A-Z][A-Z0-9]  - ", line));
        Assert.Equal("TY  - MAP", lines[0]);
    }

    [Theory]
    [InlineData(nameof(SampleRecords.Serial), "JFULL")]
    [InlineData(nameof(SampleRecords.Map), "MAP")]
    [InlineData(nameof(SampleRecords.SoundRecording), "SOUND")]
    [InlineData(nameof(SampleRecords.Thesis), "THES")]
    public void The_reference_type_follows_the_material(string sample, string type)
    {
        var record = (MarcRecord)typeof(SampleRecords).GetProperty(sample)!.GetValue(null)!;

        Assert.StartsWith($"TY  - {type}\r\n", RisWriter.Write(BibliographicSummary.FromMarc(record)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_inside_a_value_cannot_start_a_forged_tag()
    {
        var record = new MarcRecord(
            new Leader("00000nam a2200000 i 4500"),
            new DataField("245", '0', '0', new Subfield('a', "Một\r\nER  - \r\nTY  - JOUR")));

        var ris = RisWriter.Write(BibliographicSummary.FromMarc(record));

        var lines = ris.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, line => line.StartsWith("ER", StringComparison.Ordinal));
        Assert.Single(lines, line => line.StartsWith("TY", StringComparison.Ordinal));
        Assert.Contains("TI  - Một  ER  -   TY  - JOUR\r\n", ris, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_nothing_to_cite_still_makes_a_valid_reference()
    {
        var ris = RisWriter.Write(BibliographicSummary.FromMarc(new MarcRecord(new Leader("00000nam a2200000 i 4500"))));

        Assert.Equal("TY  - BOOK\r\nER  - \r\n", ris);
    }
}
