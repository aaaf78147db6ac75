using ThuVien.Marc.Mapping;
using static ThuVien.Marc.Mapping.DublinCoreElement;

namespace ThuVien.Marc.Tests.Mapping;

/// <summary>
/// Each field of the LC "MARC to Dublin Core Crosswalk" (unqualified) on its own, and together:
/// the output holds exactly the elements the table gives for the fields present.
/// </summary>
public class DublinCoreCrosswalkTableTests
{
    // Leader/06 o (kit) has no dc:type in the crosswalk appendix, so a lone field shows only its own elements.
    private static readonly Leader NoType = new("00000nom a2200000 i 4500");

    public static TheoryData<string, DublinCoreElement[]> Table { get; } = new()
    {
        { "008 850101s1985    vm            000 0 vie d", [Date, Language] },
        { "020 $a0198526636", [Identifier] },
        { "022 $a1859-0071", [Identifier] },
        { "024 3$a5099994946727", [Identifier] },
        { "041 0$avie$beng", [Language] },
        { "050 00$aPS3553.H15$bS86 2002", [Subject] },
        { "060 00$aWB 100", [Subject] },
        { "080 $a821.922", [Subject] },
        { "082 04$a813/.54", [Subject] },
        { "100 1$aChabon, Michael.", [Creator] },
        { "110 2$aThư viện Quốc gia Việt Nam.", [Creator] },
        { "111 2$aHội thảo khoa học$d(2019 :$cHà Nội)", [Creator] },
        { "245 10$aTruyện Kiều /$cNguyễn Du.", [Title] },
        { "246 1$aKim Vân Kiều", [Title] },
        { "260 $aHà Nội :$bVăn học,$c2019.", [Publisher, Date] },
        { "264  1$aHà Nội :$bVăn học,$c2019.", [Publisher, Date] },
        { "264  4$c©2018", [Date] },
        { "340 $apaper", [Format] },
        { "500 $aNguyên tác chữ Nôm.", [Description] },
        { "506 $aHạn chế.", [Rights] },
        { "530 $aCó bản điện tử.", [Relation] },
        { "534 $pBản gốc:$tTruyện Kiều.", [Description, Source] },
        { "540 $aCC BY 4.0", [Rights] },
        { "546 $aTiếng Việt.", [Language] },
        { "600 07$aNguyễn Du,$d1765-1820$2bvb", [Subject] },
        { "610 20$aUnited Nations.", [Subject] },
        { "611 20$aOlympic Games", [Subject] },
        { "630 00$aBible.", [Subject] },
        { "650  0$aBaseball$vFiction.", [Subject] },
        { "651  0$aVietnam$vMaps.", [Coverage] },
        { "653 $athơ$avăn học", [Subject] },
        { "655  7$aAudiobooks.$2lcgft", [DublinCoreElement.Type] },
        { "662 $aViệt Nam$cHà Nội", [Coverage] },
        { "700 1$aĐào, Duy Anh,$ekhảo đính.", [Contributor] },
        { "710 2$aUNESCO.", [Contributor] },
        { "711 2$aHội nghị", [Contributor] },
        { "720 $aNguyễn Văn A", [Contributor] },
        { "751 $aHà Nội", [Coverage] },
        { "752 $aViệt Nam$dHà Nội", [Coverage] },
        { "760 0$tTùng thư", [Relation] },
        { "773 0$tTạp chí Văn học$gSố 5", [Relation] },
        { "780 00$tTập san Thư viện", [Relation] },
        { "786 0$tBản gốc", [Relation, Source] },
        { "787 0$oISBN 0198526636", [Relation] },
        { "856 40$uhttps://example.org/a.pdf$qapplication/pdf", [Format, Identifier] },
        { "250 $aIn lần thứ 2.", [] },
        { "300 $a450 tr. ;$c21 cm.", [] },
        { "490 0$aTủ sách văn học", [] },
        { "900 $alocal", [] },
    };

    public static TheoryData<string> Notes { get; } = new(
        Enumerable.Range(500, 100).Where(t => t is not (506 or 530 or 540 or 546)).Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [MemberData(nameof(Table))]
    public void A_field_maps_to_exactly_the_elements_of_the_crosswalk_table(string field, DublinCoreElement[] elements)
    {
        var dc = DublinCoreRecord.FromMarc(new MarcRecord(NoType, Parse(field)));
        Assert.Equal(elements.Order(), dc.Statements.Select(s => s.Element).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Notes))]
    public void A_note_field_other_than_506_530_540_and_546_is_a_description(string tag)
    {
        var dc = DublinCoreRecord.FromMarc(new MarcRecord(NoType, new DataField(tag, ' ', ' ', new Subfield('a', "Ghi chú."))));
        var statement = Assert.Single(dc.Statements);
        Assert.Equal(new DublinCoreStatement(Description, "Ghi chú"), statement);
    }

    [Fact]
    public void A_record_with_every_field_of_the_table_has_exactly_their_elements_and_its_type()
    {
        var fields = Table.Select(row => Parse(row.Data.Item1)).ToArray();
        var expected = Table.SelectMany(row => row.Data.Item2).Append(DublinCoreElement.Type).Distinct().Order();

        var dc = DublinCoreRecord.FromMarc(new MarcRecord(Leader.Default, fields));

        Assert.Equal(expected, dc.Statements.Select(s => s.Element).Distinct().Order());
        Assert.Equal(Enum.GetValues<DublinCoreElement>(), dc.Statements.Select(s => s.Element).Distinct());
    }

    /// <summary>"245 10$aTitle /$cName." — tag, optional indicators, then subfields; "008 text" for a control field.</summary>
    internal static Field Parse(string text)
    {
        var tag = text[..3];
        if (Field.IsControlTag(tag))
        {
            return new ControlField(tag, text[4..]);
        }

        var body = text[4..];
        var dollar = body.IndexOf('$', StringComparison.Ordinal);
        var indicators = body[..dollar].PadRight(2);
        var subfields = body[(dollar + 1)..].Split('$').Select(s => new Subfield(s[0], s[1..]));
        return new DataField(tag, indicators[0], indicators[1], subfields);
    }
}
