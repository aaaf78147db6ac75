using ThuVien.Marc.Mapping;

namespace ThuVien.Marc.Tests.Mapping;

public class ApaCitationTests
{
    [Fact]
    public void A_book_cites_its_author_year_title_edition_and_publisher()
    {
        var citation = ApaCitation.From(BibliographicSummary.FromMarc(SampleRecords.Kieu));

        Assert.Equal("Nguyễn Du. (2019). ", citation.Lead);
        Assert.Equal("Truyện Kiều", citation.Title);
        Assert.Equal(" (Tái bản lần thứ 3). Văn học.", citation.Tail);
        Assert.Equal("Nguyễn Du. (2019). Truyện Kiều (Tái bản lần thứ 3). Văn học.", citation.ToString());
    }

    [Fact]
    public void Inverted_names_become_family_name_and_initials_and_several_authors_are_joined_with_an_ampersand()
    {
        var record = new MarcRecord(
            new Leader("00000nam a2200000 i 4500"),
            new DataField("100", '1', ' ', new Subfield('a', "Đào, Duy Anh,"), new Subfield('d', "1904-1988.")),
            new DataField("245", '1', '0', new Subfield('a', "Việt Nam văn hóa sử cương?")),
            new DataField("700", '1', ' ', new Subfield('a', "Sartre, Jean-Paul")),
            new DataField("700", '1', ' ', new Subfield('a', "Trần, Văn B,"), new Subfield('e', "dịch.")));

        var citation = ApaCitation.From(BibliographicSummary.FromMarc(record));

        Assert.Equal("Đào, D. A., & Sartre, J.-P. (n.d.). Việt Nam văn hóa sử cương?", citation.ToString());
    }

    [Fact]
    public void Without_an_author_the_title_comes_first()
    {
        var citation = ApaCitation.From(BibliographicSummary.FromMarc(SampleRecords.Serial));

        Assert.Equal(string.Empty, citation.Lead);
        Assert.StartsWith("Thư viện Việt Nam", citation.Title, StringComparison.Ordinal);
        Assert.Equal(". (2015). Thư viện Quốc gia Việt Nam.", citation.Tail);
    }
}
