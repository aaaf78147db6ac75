using System.Text;
using ThuVien.Marc.Iso2709;
using ThuVien.Marc.Mapping;
using ThuVien.Marc.Tests.Support;
using static ThuVien.Marc.Mapping.DublinCoreElement;

namespace ThuVien.Marc.Tests.Mapping;

/// <summary>
/// Every record of the shared ISO 2709 corpora maps without exception, and its Dublin Core holds
/// exactly what the LC crosswalk table allows for the fields the record has.
/// </summary>
public class RealRecordMappingTests(ITestOutputHelper output)
{
    // Fields whose named subfield, when it has text, must show up as the element (LC crosswalk, unqualified).
    private static readonly (string Tag, char Code, DublinCoreElement Element)[] Required =
    [
        ("020", 'a', Identifier), ("022", 'a', Identifier), ("041", 'a', Language), ("082", 'a', Subject),
        ("100", 'a', Creator), ("110", 'a', Creator), ("111", 'a', Creator), ("245", 'a', Title), ("246", 'a', Title),
        ("260", 'b', Publisher), ("260", 'c', Date), ("500", 'a', Description), ("504", 'a', Description),
        ("520", 'a', Description), ("600", 'a', Subject), ("650", 'a', Subject), ("651", 'a', Coverage),
        ("653", 'a', Subject), ("655", 'a', DublinCoreElement.Type), ("700", 'a', Contributor), ("710", 'a', Contributor),
        ("856", 'u', Identifier), ("856", 'q', Format),
    ];

    [Theory]
    [InlineData("marc/evergreen")]
    [InlineData("marc/marc4j")]
    [InlineData("marc/openlibrary/bin_input")]
    public void Every_record_of_a_corpus_maps_to_dublin_core_and_a_summary(string folder)
    {
        var root = TestData.Require(folder);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".mrc", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".marc", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);

        int accepted = 0, rejected = 0, statements = 0;
        foreach (var file in files)
        {
            using var reader = new Iso2709Reader(File.OpenRead(file));
            foreach (var result in reader)
            {
                if (result.Record is not { } record)
                {
                    rejected++;
                    continue;
                }

                accepted++;
                var where = $"{Path.GetRelativePath(root, file)} record {result.RecordNumber}";
                var dc = DublinCoreRecord.FromMarc(record);
                statements += dc.Statements.Length;
                CheckDublinCore(record, dc, where);
                CheckSummary(BibliographicSummary.FromMarc(record), where);
            }
        }

        output.WriteLine($"{folder}: {files.Count} files, {accepted} records mapped ({statements} DC statements), {rejected} rejected by the reader");
        Assert.True(accepted > 0);
    }

    private static void CheckDublinCore(MarcRecord record, DublinCoreRecord dc, string where)
    {
        var allowed = new HashSet<DublinCoreElement> { DublinCoreElement.Type };
        foreach (var field in record.Fields)
        {
            allowed.UnionWith(LcTable(field));
        }

        foreach (var statement in dc.Statements)
        {
            Assert.True(allowed.Contains(statement.Element), $"{where}: {statement} comes from no field the crosswalk maps to {statement.Name}");
            var value = statement.Value;
            Assert.True(value.Length > 0 && value.Trim() == value, $"{where}: '{statement}' is empty or untrimmed");
            Assert.True(value.IsNormalized(NormalizationForm.FormC), $"{where}: '{statement}' is not NFC");
            Assert.False(value.EndsWith(" /", StringComparison.Ordinal) || value.EndsWith(" :", StringComparison.Ordinal)
                || value.EndsWith(" =", StringComparison.Ordinal) || value.EndsWith(','), $"{where}: '{statement}' ends in ISBD punctuation");
        }

        var present = dc.Statements.Select(s => s.Element).ToHashSet();
        foreach (var (tag, code, element) in Required)
        {
            var has = record.DataFields(tag).SelectMany(f => f.Values(code)).Any(HasText);
            Assert.True(!has || present.Contains(element), $"{where}: {tag} ${code} has text but there is no dc:{DublinCoreStatement.NameOf(element)}");
        }
    }

    private static void CheckSummary(BibliographicSummary summary, string where)
    {
        Assert.True(summary.Year is null or (>= 1000 and <= 9999), $"{where}: year {summary.Year}");
        foreach (var isbn in summary.Isbns)
        {
            Assert.True(!isbn.IsValid || (isbn.Isbn13 is not null && (isbn.Isbn10 is not null || isbn.Isbn13.StartsWith("979", StringComparison.Ordinal))), $"{where}: ISBN {isbn}");
        }

        foreach (var name in summary.Names)
        {
            Assert.False(string.IsNullOrWhiteSpace(name.Name), where);
        }
    }

    private static bool HasText(string value)
    {
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The LC "MARC to Dublin Core Crosswalk" (unqualified), written out independently of the code under test.</summary>
    private static IEnumerable<DublinCoreElement> LcTable(Field field)
    {
        if (field is ControlField)
        {
            return field.Tag == "008" ? [Date, Language] : [];
        }

        if (field is not DataField data || !int.TryParse(field.Tag, out var tag))
        {
            return [];
        }

        return tag switch
        {
            20 or 22 or 24 => [Identifier],
            41 or 546 => [Language],
            50 or 60 or 80 or 82 or 600 or 610 or 611 or 630 or 650 or 653 => [Subject],
            100 or 110 or 111 => [Creator],
            700 or 710 or 711 or 720 => [Contributor],
            245 or 246 => [Title],
            260 => [Publisher, Date],
            264 => data.Ind2 == '1' ? [Publisher, Date] : [Date],
            340 => [Format],
            506 or 540 => [Rights],
            530 => [Relation],
            534 => [Description, Source],
            >= 500 and <= 599 => [Description],
            651 or 662 or 751 or 752 => [Coverage],
            655 => [DublinCoreElement.Type],
            786 => [Relation, Source],
            >= 760 and <= 787 => [Relation],
            856 => [Format, Identifier],
            _ => [],
        };
    }
}
