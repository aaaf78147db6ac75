using ThuVien.Marc.Iso2709;
using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.Conformance;

/// <summary>
/// ISO 2709 → MARCXML → ISO 2709 and ISO 2709 → MARC-in-JSON → ISO 2709 over real UTF-8 files.
/// Every record read without a warning comes back as the very bytes it was read from, but for blanks in
/// leader/20-22 (see <see cref="WithEntryMapFilledIn"/>); records the reader repaired with a warning come
/// back as the bytes of the repaired record.
/// </summary>
public class RoundTripTests
{
    public static TheoryData<string> Utf8Files =>
    [
        "marc/marc4j/brkrtest_UTF8.mrc",
        "marc/marc4j/oclc_63111280_export_as_UTF8_from_connexion.mrc",
        "marc/marc4j/u17_utf8.mrc",
        "marc/marc4j/065001035.mrc",
        "marc/marc4j/008008027.mrc",
        "marc/marc4j/pride-and-prejudice-fixed.mrc",
        "marc/marc4j/chabon.mrc",
        "marc/evergreen/nepali.marc",
        "marc/evergreen/sample_acq_order.mrc",
        "marc/evergreen/RDA/RDA_record_CD_Claudia.mrc",
        "marc/evergreen/RDA/RDA_record_SERIAL_IEEE_International_conference.mrc",
        "marc/authority/auth-1066.mrc",
        "marc/yaz-marc-files/marc0.marc",
        "marc/yaz-marc-files/marc5.marc",
        "marc/yaz-marc-files/marccol1.u8.marc",
        "marc/yaz-marc-files/marccol5.u8.marc",
        "marc/ruby-marc/utf8_multirecord.marc",
        "marc/openlibrary/bin_input/880_arabic_french_many_linkages.mrc",
        "marc/openlibrary/bin_input/880_Nihon_no_chasho.mrc",
        "marc/pymarc/diacritic.dat",
    ];

    [Theory]
    [MemberData(nameof(Utf8Files))]
    public void ISO_2709_through_MARCXML_comes_back_byte_identical(string file) =>
        AssertRoundTrip(file, MarcFormat.MarcXml);

    [Theory]
    [MemberData(nameof(Utf8Files))]
    public void ISO_2709_through_MARC_in_JSON_comes_back_byte_identical(string file) =>
        AssertRoundTrip(file, MarcFormat.MarcJson);

    private static void AssertRoundTrip(string file, MarcFormat through)
    {
        var results = MarcIo.ReadFile(TestData.Require(file), MarcFormat.Iso2709, new MarcReaderOptions { KeepRaw = true });
        var unicode = results.Where(r => r.IsAccepted && r.Raw.Span[9] == (byte)'a').ToList();
        Assert.NotEmpty(unicode);

        var records = unicode.Select(r => r.Record!).ToList();
        var back = MarcIo.Read(MarcIo.Write(records, through), through);
        Assert.Equal(records.Count, back.Count);
        var identical = 0;
        for (var i = 0; i < records.Count; i++)
        {
            Assert.True(back[i].IsAccepted, back[i].RejectionReason);
            var expected = unicode[i].Issues.IsEmpty ? WithEntryMapFilledIn(unicode[i].Raw.ToArray()) : Iso2709Writer.ToBytes(records[i]);
            Assert.Equal(expected, Iso2709Writer.ToBytes(back[i].Record!));
            identical += unicode[i].Issues.IsEmpty ? 1 : 0;
        }

        // marc0 and marc5 are yaz's deliberately damaged records: each is read with a warning.
        Assert.True(identical > 0 || file.Contains("yaz-marc-files/marc", StringComparison.Ordinal),
            $"no record of {file} was read without a warning");
    }

    /// <summary>
    /// The bytes with leader/20-22 blanks filled in with MARC21's "450". The reader fills such blanks without a
    /// warning (they are common and harmless: every record of the LC authority file auth-1066 says "45 0"), and
    /// Iso2709Writer always states the entry map it writes. Any other byte must come back as it was.
    /// </summary>
    private static byte[] WithEntryMapFilledIn(byte[] raw)
    {
        for (var i = 20; i < 23; i++)
        {
            var standard = (byte)"450"[i - 20];
            Assert.True(raw[i] == standard || raw[i] == (byte)' ', $"leader/{i} is '{(char)raw[i]}', read without a warning");
            raw[i] = standard;
        }

        return raw;
    }
}
