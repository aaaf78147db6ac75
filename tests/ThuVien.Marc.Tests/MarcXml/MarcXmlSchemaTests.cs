using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.MarcXml;

/// <summary>
/// Our MARCXML validates against the official MARC21slim.xsd with libxml2's xmllint. Records the
/// readers warned about are left out: those warnings are exactly the leader, tag and indicator
/// values the schema does not allow, and the writer writes values as they are.
/// </summary>
public class MarcXmlSchemaTests
{
    public static TheoryData<string> Sources =>
    [
        "marc/koha/koha-sample-biblios-marc21.xml",
        "marc/evergreen/concerto/evergreen-concerto-bibs_concerto.xml",
        "marc/evergreen/concerto/evergreen-concerto-bibs_fre.xml",
        "marc/idzebra/collection-opera-43.xml",
        "marc/authority/koha-sample-authorities-marc21.xml",
        "marc/evergreen/nepali.marc",
        "marc/marc4j/pride-and-prejudice-fixed.mrc",
        "marc/marc4j/065001035.mrc",
        "marc/yaz-marc-files/marccol1.u8.marc",
    ];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Our_MARCXML_validates_against_MARC21slim_xsd(string source)
    {
        var xmllint = ExternalTool.Require("xmllint", "libxml2-utils");
        var schema = TestData.Require("xsd/MARC21slim.xsd");
        var format = source.EndsWith(".xml", StringComparison.Ordinal) ? MarcFormat.MarcXml : MarcFormat.Iso2709;
        var records = MarcIo.ReadFile(TestData.Require(source), format)
            .Where(r => r.IsAccepted && r.Issues.IsEmpty)
            .Select(r => r.Record!)
            .ToList();
        Assert.True(records.Count >= 10, $"only {records.Count} records read cleanly from {source}");

        foreach (var indent in new[] { false, true })
        {
            var file = Path.Combine(Path.GetTempPath(), $"thuvien-schema-{Guid.NewGuid():N}.xml");
            try
            {
                File.WriteAllBytes(file, MarcIo.Write(records, MarcFormat.MarcXml, new MarcWriterOptions { Indent = indent }));
                var result = ExternalTool.Run(xmllint, ["--noout", "--nonet", "--schema", schema, file]);
                Assert.True(result.ExitCode == 0, $"{records.Count} records from {source}: {result}");
                Assert.Contains("validates", result.StandardError, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}
