using System.Text;
using ThuVien.Marc.Mapping;

namespace ThuVien.Marc.Tests.Mapping;

public class DublinCoreRecordTests
{
    [Fact]
    public void A_vietnamese_book_maps_to_these_statements_in_element_order()
    {
        var dc = DublinCoreRecord.FromMarc(SampleRecords.Kieu);

        Assert.Equal(
            """
            title: Truyện Kiều
            creator: Nguyễn Du, 1765-1820
            subject: 895.92211
            subject: Nguyễn Du, 1765-1820 -- Nghiên cứu văn học
            subject: Thơ Nôm -- Việt Nam -- Thế kỷ 18
            description: Nguyên tác chữ Nôm
            publisher: Hà Nội : Văn học
            contributor: Đào, Duy Anh, 1904-1988
            date: 2019
            type: Text
            identifier: urn:isbn:9786041012349
            language: vie
            """,
            dc.ToString());
    }

    [Fact]
    public void Every_value_is_composed_and_free_of_trailing_isbd_punctuation()
    {
        foreach (var record in new[] { SampleRecords.Kieu, SampleRecords.Serial, SampleRecords.Map, SampleRecords.SoundRecording, SampleRecords.Thesis })
        {
            foreach (var statement in DublinCoreRecord.FromMarc(record).Statements)
            {
                Assert.True(statement.Value.IsNormalized(NormalizationForm.FormC), statement.ToString());
                Assert.False(statement.Value.EndsWith(" /", StringComparison.Ordinal) || statement.Value.EndsWith(" :", StringComparison.Ordinal)
                    || statement.Value.EndsWith(',') || statement.Value.EndsWith(';'), statement.ToString());
            }
        }
    }

    [Fact]
    public void Names_go_to_creator_or_contributor_as_chosen()
    {
        var mainAsCreator = DublinCoreRecord.FromMarc(SampleRecords.Kieu);
        var lcTable = DublinCoreRecord.FromMarc(SampleRecords.Kieu, DublinCoreNames.AllAsContributor);
        var lcStylesheet = DublinCoreRecord.FromMarc(SampleRecords.Kieu, DublinCoreNames.AllAsCreator);

        Assert.Equal(["Nguyễn Du, 1765-1820"], mainAsCreator.Values(DublinCoreElement.Creator));
        Assert.Equal(["Đào, Duy Anh, 1904-1988"], mainAsCreator.Values(DublinCoreElement.Contributor));
        Assert.Empty(lcTable.Values(DublinCoreElement.Creator));
        Assert.Equal(["Nguyễn Du, 1765-1820", "Đào, Duy Anh, 1904-1988"], lcTable.Values(DublinCoreElement.Contributor));
        Assert.Equal(["Nguyễn Du, 1765-1820", "Đào, Duy Anh, 1904-1988"], lcStylesheet.Values(DublinCoreElement.Creator));
        Assert.Empty(lcStylesheet.Values(DublinCoreElement.Contributor));
    }

    [Fact]
    public void A_serial_is_text_and_a_collection_with_its_issn_as_a_urn()
    {
        var dc = DublinCoreRecord.FromMarc(SampleRecords.Serial);

        Assert.Equal(["Text", "Collection"], dc.Values(DublinCoreElement.Type));
        Assert.Equal(["urn:issn:1859-0071"], dc.Values(DublinCoreElement.Identifier));
        Assert.Equal(["Hà Nội : Thư viện Quốc gia Việt Nam"], dc.Values(DublinCoreElement.Publisher));
        Assert.Equal(["2015", "2015-"], dc.Values(DublinCoreElement.Date));
        Assert.Empty(dc.Values(DublinCoreElement.Description)); // 310 (frequency) is not in the crosswalk
        Assert.Equal(["Tập san Thư viện"], dc.Values(DublinCoreElement.Relation));
    }

    [Fact]
    public void A_map_is_an_image_with_its_parallel_title_and_coverage()
    {
        var dc = DublinCoreRecord.FromMarc(SampleRecords.Map);

        Assert.Equal(["Image"], dc.Values(DublinCoreElement.Type));
        Assert.Equal(["Bản đồ hành chính Việt Nam = Administrative map of Vietnam"], dc.Values(DublinCoreElement.Title));
        Assert.Equal(["Vietnam -- Administrative and political divisions -- Maps", "Việt Nam -- Hà Nội"], dc.Values(DublinCoreElement.Coverage));
        Assert.Equal(["Hà Nội : Nxb. Tài nguyên - Môi trường và Bản đồ Việt Nam"], dc.Values(DublinCoreElement.Publisher));
        Assert.Equal(["2010", "[2010?]"], dc.Values(DublinCoreElement.Date));
    }

    [Fact]
    public void A_sound_recording_is_sound_with_its_genre_media_type_and_url()
    {
        var dc = DublinCoreRecord.FromMarc(SampleRecords.SoundRecording);

        Assert.Equal(["Sound", "Audiobooks"], dc.Values(DublinCoreElement.Type));
        Assert.Equal(["Dế mèn phiêu lưu ký : sách nói"], dc.Values(DublinCoreElement.Title));
        Assert.Equal(["audio/mpeg"], dc.Values(DublinCoreElement.Format));

        // A URL keeps its final full stop: it is part of the address, not ISBD punctuation.
        Assert.Equal(["https://example.org/sach-noi/de-men."], dc.Values(DublinCoreElement.Identifier));
        Assert.Equal(["vie", "In Vietnamese"], dc.Values(DublinCoreElement.Language));
        Assert.Equal(["2020", "[2020]", "℗2020"], dc.Values(DublinCoreElement.Date));
    }

    [Fact]
    public void A_thesis_describes_itself_with_its_dissertation_note()
    {
        var dc = DublinCoreRecord.FromMarc(SampleRecords.Thesis);

        Assert.Equal(["Text"], dc.Values(DublinCoreElement.Type));
        Assert.Equal(["Luận án Tiến sĩ Ngữ văn--Viện Văn học, 2015", "Thư mục: tờ 170-180"], dc.Values(DublinCoreElement.Description));
        Assert.Empty(dc.Values(DublinCoreElement.Publisher));
        Assert.Equal(["821.922.09", "Thơ Nôm -- Thế kỷ 18 -- Nghiên cứu văn học"], dc.Values(DublinCoreElement.Subject));
    }

    [Fact]
    public void An_isbn_that_is_not_valid_is_given_as_recorded()
    {
        var record = new MarcRecord(Leader.Default, new DataField("020", ' ', ' ', new Subfield('a', "604123456X (bìa mềm) :")));
        Assert.Equal(["604123456X (bìa mềm)"], DublinCoreRecord.FromMarc(record).Values(DublinCoreElement.Identifier));
    }

    [Theory]
    [InlineData('a', 'm', "Text")]
    [InlineData('c', 'm', "Text")]
    [InlineData('d', 'm', "Text")]
    [InlineData('t', 'm', "Text")]
    [InlineData('e', 'm', "Image")]
    [InlineData('f', 'm', "Image")]
    [InlineData('g', 'm', "Image")]
    [InlineData('k', 'm', "Image")]
    [InlineData('i', 'm', "Sound")]
    [InlineData('j', 'm', "Sound")]
    [InlineData('m', 'm', "")]
    [InlineData('o', 'm', "")]
    [InlineData('p', 'm', "")]
    [InlineData('r', 'm', "")]
    [InlineData('p', 'c', "Collection")]
    [InlineData('k', 'c', "Image Collection")]
    [InlineData('a', 's', "Text Collection")]
    public void The_type_follows_the_crosswalk_appendix_on_leader_06_and_07(char typeOfRecord, char level, string types)
    {
        var leader = Leader.Default.With(6, typeOfRecord).With(7, level);
        var dc = DublinCoreRecord.FromMarc(new MarcRecord(leader));
        Assert.Equal(types, string.Join(' ', dc.Values(DublinCoreElement.Type)));
    }
}
