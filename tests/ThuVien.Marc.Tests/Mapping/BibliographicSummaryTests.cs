using System.Text;
using ThuVien.Marc.Identifiers;
using ThuVien.Marc.Mapping;

namespace ThuVien.Marc.Tests.Mapping;

public class BibliographicSummaryTests
{
    [Fact]
    public void A_vietnamese_book_is_summarised_field_by_field()
    {
        var summary = BibliographicSummary.FromMarc(SampleRecords.Kieu);

        Assert.Equal("TV-000123", summary.ControlNumber);
        Assert.Equal("VN-ThuVien", summary.ControlNumberIdentifier);
        Assert.Equal(MaterialType.Book, summary.MaterialType);
        Assert.Equal("Truyện Kiều", summary.Title);
        Assert.Equal("Nguyễn Du ; Đào Duy Anh khảo đính", summary.StatementOfResponsibility);
        Assert.Equal("Tái bản lần thứ 3", summary.Edition);
        Assert.Equal("Hà Nội", summary.PlaceOfPublication);
        Assert.Equal("Văn học", summary.Publisher);
        Assert.Equal("2019", summary.PublicationDate);
        Assert.Equal(2019, summary.Year);
        Assert.Equal(["vie"], summary.Languages);
        Assert.Equal(["895.92211"], summary.Ddc);
        Assert.Empty(summary.Udc);
        Assert.Equal("450 tr. ; 21 cm", summary.PhysicalDescription);
        Assert.Equal(["Tủ sách văn học cổ điển ; 5"], summary.Series);
        Assert.Equal([new BibliographicNote("500", "Nguyên tác chữ Nôm")], summary.Notes);
    }

    [Fact]
    public void Main_and_added_entry_names_keep_their_relator_terms_and_codes()
    {
        var names = BibliographicSummary.FromMarc(SampleRecords.Kieu).Names;

        Assert.Equal(2, names.Length);
        Assert.Equal(("100", "Nguyễn Du, 1765-1820", NameKind.Person, true), (names[0].Tag, names[0].Name, names[0].Kind, names[0].IsMainEntry));
        Assert.Empty(names[0].Roles);
        Assert.Equal(("700", "Đào, Duy Anh, 1904-1988", NameKind.Person, false), (names[1].Tag, names[1].Name, names[1].Kind, names[1].IsMainEntry));
        Assert.Equal(["khảo đính"], names[1].Roles);
        Assert.Equal(["edt"], names[1].RoleCodes);
    }

    [Fact]
    public void Isbns_come_from_020_a_normalised_with_both_forms_and_cancelled_ones_are_left_out()
    {
        var isbn = Assert.Single(BibliographicSummary.FromMarc(SampleRecords.Kieu).Isbns);

        Assert.True(isbn.IsValid);
        Assert.Equal("9786041012349", isbn.Value);
        Assert.Equal("9786041012349", isbn.Isbn13);
        Assert.Equal("6041012343", isbn.Isbn10);
        Assert.Equal("bìa mềm", isbn.Qualifier);
    }

    [Fact]
    public void Subject_headings_join_subdivisions_and_name_their_thesaurus()
    {
        var subjects = BibliographicSummary.FromMarc(SampleRecords.Kieu).Subjects;

        Assert.Equal(
            [new SubjectHeading("600", "Nguyễn Du, 1765-1820 -- Nghiên cứu văn học", "bvb"), new SubjectHeading("650", "Thơ Nôm -- Việt Nam -- Thế kỷ 18", "bvb")],
            subjects);
    }

    [Fact]
    public void Vietnamese_text_comes_out_exactly_and_composed_even_from_decomposed_input()
    {
        var decomposed = new MarcRecord(
            Leader.Default,
            new DataField("245", '1', '0', new Subfield('a', "Truyện Kiều /".Normalize(NormalizationForm.FormD)), new Subfield('c', "Nguyễn Du.".Normalize(NormalizationForm.FormD))));

        var summary = BibliographicSummary.FromMarc(decomposed);

        Assert.Equal("Truyện Kiều", summary.Title);
        Assert.Equal("Nguyễn Du", summary.StatementOfResponsibility);
        Assert.True(summary.Title!.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void A_serial_gives_its_issn_and_the_rda_publication_statement()
    {
        var summary = BibliographicSummary.FromMarc(SampleRecords.Serial);

        Assert.Equal(MaterialType.Serial, summary.MaterialType);
        Assert.Equal("Thư viện Việt Nam : tạp chí của Thư viện Quốc gia Việt Nam", summary.Title);
        var issn = Assert.Single(summary.Issns);
        Assert.True(issn.IsValid);
        Assert.Equal("1859-0071", issn.ToString());
        Assert.Equal("Thư viện Quốc gia Việt Nam", summary.Publisher);
        Assert.Equal("2015-", summary.PublicationDate);
        Assert.Equal(2015, summary.Year);
        var body = Assert.Single(summary.Names);
        Assert.Equal((NameKind.Organization, false, "Thư viện Quốc gia Việt Nam"), (body.Kind, body.IsMainEntry, body.Name));
        Assert.Equal(["issuing body"], body.Roles);
    }

    [Fact]
    public void A_map_keeps_its_parallel_title_and_an_abbreviated_publisher()
    {
        var summary = BibliographicSummary.FromMarc(SampleRecords.Map);

        Assert.Equal(MaterialType.Map, summary.MaterialType);
        Assert.Equal("Bản đồ hành chính Việt Nam = Administrative map of Vietnam", summary.Title);
        Assert.Equal("Cục Đo đạc và Bản đồ Việt Nam", summary.StatementOfResponsibility);
        Assert.Equal("Nxb. Tài nguyên - Môi trường và Bản đồ Việt Nam", summary.Publisher);
        Assert.Equal("[2010?]", summary.PublicationDate);
        Assert.Equal(2010, summary.Year);
        Assert.Equal("1 bản đồ : màu ; 79 x 109 cm", summary.PhysicalDescription);
        Assert.Equal([new SubjectHeading("651", "Vietnam -- Administrative and political divisions -- Maps", "lcsh")], summary.Subjects);
    }

    [Fact]
    public void A_sound_recording_drops_the_gmd_but_keeps_the_colon_before_other_title_information()
    {
        var summary = BibliographicSummary.FromMarc(SampleRecords.SoundRecording);

        Assert.Equal(MaterialType.SoundRecording, summary.MaterialType);
        Assert.Equal("Dế mèn phiêu lưu ký : sách nói", summary.Title);
        Assert.Equal("[2020]", summary.PublicationDate);
        Assert.Equal(2020, summary.Year);
        Assert.Equal("1 audio disc (3 hr., 20 min.) : digital ; 4 3/4 in.", summary.PhysicalDescription);
        Assert.Equal(["author"], summary.Names[0].Roles);
        Assert.Equal(("Hà Phương", "narrator", "nrt"), (summary.Names[1].Name, summary.Names[1].Roles.Single(), summary.Names[1].RoleCodes.Single()));
        Assert.Equal([new SubjectHeading("650", "Insects -- Juvenile fiction", "lcsh"), new SubjectHeading("655", "Audiobooks", "lcgft")], summary.Subjects);
    }

    [Fact]
    public void A_thesis_shows_its_dissertation_note_production_place_and_an_initial_in_the_statement_of_responsibility()
    {
        var summary = BibliographicSummary.FromMarc(SampleRecords.Thesis);

        Assert.Equal(MaterialType.ManuscriptText, summary.MaterialType);
        Assert.Equal("Thơ Nôm Đường luật thế kỷ XVIII : luận án tiến sĩ ngữ văn", summary.Title);
        Assert.Equal("Trần Thị Minh ; người hướng dẫn khoa học: Nguyễn Văn A.", summary.StatementOfResponsibility);
        Assert.Equal("Hà Nội", summary.PlaceOfPublication);
        Assert.Null(summary.Publisher);
        Assert.Equal(2015, summary.Year);
        Assert.Equal(["821.922.09"], summary.Udc);
        Assert.Equal(
            [new BibliographicNote("502", "Luận án Tiến sĩ Ngữ văn--Viện Văn học, 2015"), new BibliographicNote("504", "Thư mục: tờ 170-180")],
            summary.Notes);
        Assert.Equal(("Nguyễn, Văn A", "ths"), (summary.Names[1].Name, summary.Names[1].RoleCodes.Single()));
        Assert.Null(Assert.Single(summary.Subjects).Thesaurus);
    }

    [Theory]
    [InlineData("c1995.", 1995)]
    [InlineData("[1995?]", 1995)]
    [InlineData("2019, c2018.", 2019)]
    [InlineData("℗2012", 2012)]
    [InlineData("[19--?]", null)]
    [InlineData("12345", null)]
    public void The_year_is_the_first_four_digit_number_of_the_date(string date, int? year)
    {
        var record = new MarcRecord(Leader.Default, new DataField("260", ' ', ' ', new Subfield('c', date)));
        Assert.Equal(year, BibliographicSummary.FromMarc(record).Year);
    }

    [Fact]
    public void The_year_falls_back_on_008_date_1()
    {
        var record = new MarcRecord(
            Leader.Default,
            new ControlField("008", "850101s1985    vm            000 0 vie d"),
            new DataField("260", ' ', ' ', new Subfield('a', "Sài Gòn :"), new Subfield('b', "Lá Bối,"), new Subfield('c', "[19--?]")));
        Assert.Equal(1985, BibliographicSummary.FromMarc(record).Year);
    }

    [Fact]
    public void A_264_publication_statement_is_preferred_to_260()
    {
        var record = new MarcRecord(
            Leader.Default,
            new DataField("260", ' ', ' ', new Subfield('b', "Cũ,"), new Subfield('c', "2001.")),
            new DataField("264", ' ', '4', new Subfield('c', "©2018")),
            new DataField("264", ' ', '1', new Subfield('b', "Mới,"), new Subfield('c', "2019.")));
        var summary = BibliographicSummary.FromMarc(record);
        Assert.Equal(("Mới", 2019), (summary.Publisher, summary.Year));
    }

    [Fact]
    public void Languages_come_from_008_then_041_a_each_once()
    {
        var record = new MarcRecord(
            Leader.Default,
            new ControlField("008", "850101s1985    vm            000 0 vie d"),
            new DataField("041", '1', ' ', new Subfield('a', "vieeng"), new Subfield('a', "fre"), new Subfield('h', "chi")));
        Assert.Equal(["vie", "eng", "fre"], BibliographicSummary.FromMarc(record).Languages);
    }

    [Fact]
    public void An_invalid_isbn_is_kept_with_its_status()
    {
        var record = new MarcRecord(Leader.Default, new DataField("020", ' ', ' ', new Subfield('a', "604123456X"), new Subfield('q', "bìa mềm")));
        var isbn = Assert.Single(BibliographicSummary.FromMarc(record).Isbns);
        Assert.Equal((StandardNumberStatus.InvalidCheckDigit, "604123456X", "bìa mềm"), (isbn.Status, isbn.Value, isbn.Qualifier));
    }

    [Theory]
    [InlineData("00000nam a2200000 i 4500", MaterialType.Book)]
    [InlineData("00000naa a2200000 i 4500", MaterialType.Book)]
    [InlineData("00000nac a2200000 i 4500", MaterialType.Book)]
    [InlineData("00000nas a2200000 i 4500", MaterialType.Serial)]
    [InlineData("00000nab a2200000 i 4500", MaterialType.Serial)]
    [InlineData("00000nai a2200000 i 4500", MaterialType.IntegratingResource)]
    [InlineData("00000ntm a2200000 i 4500", MaterialType.ManuscriptText)]
    [InlineData("00000ncm a2200000 i 4500", MaterialType.MusicScore)]
    [InlineData("00000ndm a2200000 i 4500", MaterialType.ManuscriptMusic)]
    [InlineData("00000nem a2200000 i 4500", MaterialType.Map)]
    [InlineData("00000nfm a2200000 i 4500", MaterialType.ManuscriptMap)]
    [InlineData("00000ngm a2200000 i 4500", MaterialType.ProjectedMedium)]
    [InlineData("00000nim a2200000 i 4500", MaterialType.SoundRecording)]
    [InlineData("00000njm a2200000 i 4500", MaterialType.MusicRecording)]
    [InlineData("00000nkm a2200000 i 4500", MaterialType.StillImage)]
    [InlineData("00000nmm a2200000 i 4500", MaterialType.ComputerFile)]
    [InlineData("00000nom a2200000 i 4500", MaterialType.Kit)]
    [InlineData("00000npc a2200000 i 4500", MaterialType.MixedMaterials)]
    [InlineData("00000nrm a2200000 i 4500", MaterialType.ThreeDimensionalObject)]
    [InlineData("00000nzm a2200000 i 4500", MaterialType.Unknown)]
    public void The_material_type_follows_leader_06_and_07(string leader, MaterialType type)
    {
        Assert.Equal(type, BibliographicSummary.FromMarc(new MarcRecord(new Leader(leader))).MaterialType);
    }
}
