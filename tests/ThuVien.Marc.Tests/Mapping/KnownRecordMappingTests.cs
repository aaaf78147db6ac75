using ThuVien.Marc.Iso2709;
using ThuVien.Marc.Mapping;
using ThuVien.Marc.Tests.Support;
using static ThuVien.Marc.Mapping.DublinCoreElement;

namespace ThuVien.Marc.Tests.Mapping;

/// <summary>Known records of the shared test data, checked field by field.</summary>
public class KnownRecordMappingTests
{
    [Fact]
    public void Summerland_maps_to_the_dublin_core_the_crosswalk_gives()
    {
        var dc = DublinCoreRecord.FromMarc(First("marc/marc4j/summerland.mrc"));

        Assert.Equal(
            """
            title: Summerland
            creator: Chabon, Michael
            subject: Fantasy
            subject: Baseball -- Fiction
            subject: Magic -- Fiction
            description: Ethan Feld, the worst baseball player in the history of the game, finds himself recruited by a 100-year-old scout to help a band of fairies triumph over an ancient enemy
            publisher: New York : Miramax Books/Hyperion Books for Children
            date: 2002
            date: c2002
            type: Text
            identifier: urn:isbn:0786808772
            identifier: urn:isbn:0786816155
            language: eng
            """,
            dc.ToString());
    }

    [Fact]
    public void Summerland_is_summarised_field_by_field()
    {
        var summary = BibliographicSummary.FromMarc(First("marc/marc4j/summerland.mrc"));

        Assert.Equal("12883376", summary.ControlNumber);
        Assert.Equal(MaterialType.Book, summary.MaterialType);
        Assert.Equal(("Summerland", "Michael Chabon"), (summary.Title, summary.StatementOfResponsibility));
        Assert.Equal("1st ed.", summary.Edition);
        Assert.Equal(("New York", "Miramax Books/Hyperion Books for Children", "c2002", 2002), (summary.PlaceOfPublication, summary.Publisher, summary.PublicationDate, summary.Year));
        Assert.Equal("500 p. ; 22 cm", summary.PhysicalDescription);
        Assert.Equal(["eng"], summary.Languages);
        var author = Assert.Single(summary.Names);
        Assert.Equal(("Chabon, Michael", NameKind.Person, true), (author.Name, author.Kind, author.IsMainEntry));
        Assert.Equal(["9780786808779", "9780786816156"], summary.Isbns.Select(i => i.Isbn13));
        Assert.Equal(["", "pbk."], summary.Isbns.Select(i => i.Qualifier));
        Assert.Equal(["Fantasy", "Baseball -- Fiction", "Magic -- Fiction"], summary.Subjects.Select(s => s.Heading));
        Assert.All(summary.Subjects, s => Assert.Equal("lcshac", s.Thesaurus));
        Assert.Equal("520", Assert.Single(summary.Notes).Tag);
    }

    [Fact]
    public void Kavalier_and_clay_puts_genre_in_type_and_the_geographic_heading_in_coverage()
    {
        var dc = DublinCoreRecord.FromMarc(First("marc/marc4j/chabon.mrc"));

        Assert.Equal(["The amazing adventures of Kavalier and Clay : a novel"], dc.Values(Title));
        Assert.Equal(["Text", "Humorous stories", "Bildungsromane"], dc.Values(DublinCoreElement.Type));
        Assert.Equal(["New York (N.Y.) -- Fiction"], dc.Values(Coverage));
        Assert.Equal("Comic books, strips, etc. -- Authorship -- Fiction", dc.Values(Subject).First());
        Assert.Equal(["urn:isbn:0679450041"], dc.Values(Identifier));
        Assert.Equal(["2000", "c2000"], dc.Values(Date));

        var summary = BibliographicSummary.FromMarc(First("marc/marc4j/chabon.mrc"));
        Assert.Equal("acid-free paper", Assert.Single(summary.Isbns).Qualifier);
        Assert.Equal(8, summary.Subjects.Length);
    }

    [Fact]
    public void An_rda_music_cd_is_a_music_recording_with_its_264_publication_and_series()
    {
        var record = First("marc/evergreen/RDA/RDA_record_CD_Claudia.mrc");
        var summary = BibliographicSummary.FromMarc(record);

        Assert.Equal(MaterialType.MusicRecording, summary.MaterialType);
        Assert.Equal("Cláudia", summary.Title);
        Assert.Equal("Cláudia, 1948-", Assert.Single(summary.Names).Name);
        Assert.Equal(("[Rio de Janeiro, Brazil]", "EMI", "[2012]", 2012), (summary.PlaceOfPublication, summary.Publisher, summary.PublicationDate, summary.Year));
        Assert.Equal(["Super divas"], summary.Series);
        Assert.Equal(["por"], summary.Languages);
        Assert.Equal("Popular music -- Brazil -- 1971-1980", Assert.Single(summary.Subjects).Heading);

        var dc = DublinCoreRecord.FromMarc(record);
        Assert.Equal(["Sound"], dc.Values(DublinCoreElement.Type));
        Assert.Equal(["2012", "[2012]", "℗2012"], dc.Values(Date));
        Assert.Equal(["por", "Sung in Portuguese"], dc.Values(Language));
    }

    [Fact]
    public void An_rda_map_and_serial_keep_their_titles_and_an_abbreviated_corporate_name()
    {
        var map = BibliographicSummary.FromMarc(First("marc/evergreen/RDA/RDA_record_MAP_2012_Enchanted_Circle.mrc"));
        Assert.Equal(MaterialType.Map, map.MaterialType);
        Assert.StartsWith("2012 Enchanted Circle : tourist map : Taos Ski Valley", map.Title, StringComparison.Ordinal);
        Assert.EndsWith("Raton", map.Title, StringComparison.Ordinal);
        Assert.Equal(("Taos news", 2012), (map.Publisher, map.Year));

        var serial = BibliographicSummary.FromMarc(First("marc/evergreen/RDA/RDA_record_SERIAL_IEEE_International_conference.mrc"));
        Assert.Equal(MaterialType.Serial, serial.MaterialType);
        Assert.Equal("Institute of Electrical and Electronic Engineers, Inc.", serial.Publisher);
        Assert.Equal((NameKind.Organization, "Institute of Electrical and Electronic Engineers, Inc."), (serial.Names[0].Kind, serial.Names[0].Name));
        Assert.Null(serial.Year);
    }

    [Fact]
    public void A_usgs_map_keeps_the_state_abbreviation_of_its_place()
    {
        using var reader = new Iso2709Reader(File.OpenRead(TestData.Require("marc/evergreen/map_data.mrc")));
        var yosemite = reader.Select(r => r.Record!).Single(r => r.Value("245", 'a')?.StartsWith("Map of Yosemite Valley", StringComparison.Ordinal) == true);
        var summary = BibliographicSummary.FromMarc(yosemite);

        Assert.Equal("Reston, Va.", summary.PlaceOfPublication);
        Assert.Equal("urn:isbn:1411318013", DublinCoreRecord.FromMarc(yosemite).Values(Identifier).Single());
        Assert.Equal(["Huber, N. King (Norman King), 1926-", "Matthes, François, 1874-1948"], summary.Names.Where(n => !n.IsMainEntry).Select(n => n.Name));
    }

    private static MarcRecord First(string path)
    {
        using var reader = new Iso2709Reader(File.OpenRead(TestData.Require(path)));
        var result = reader.First();
        Assert.True(result.IsAccepted, result.RejectionReason);
        return result.Record!;
    }
}
