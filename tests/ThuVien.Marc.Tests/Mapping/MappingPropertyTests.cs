using CsCheck;
using ThuVien.Marc.Mapping;

namespace ThuVien.Marc.Tests.Mapping;

public class MappingPropertyTests
{
    private static readonly string[] Tags =
    [
        "001", "003", "008", "020", "022", "024", "041", "050", "080", "082", "100", "110", "111", "245", "246", "250",
        "260", "264", "300", "340", "490", "500", "502", "505", "506", "520", "530", "534", "546", "600", "610", "611",
        "650", "651", "653", "655", "662", "700", "710", "711", "720", "752", "773", "786", "830", "856", "CAT", "9XX",
    ];

    private static readonly Gen<string> Text = Gen.Char[" ./:;=,-()[]?0123456789Xaáàảãạăâđêôơưệ&#x;\u0301\u00a0abcNxb"].Array[0, 24].Select(c => new string(c));

    private static readonly Gen<Subfield> AnySubfield = Gen.Select(Gen.Char["abcdeqtuvxyz024"], Text).Select((code, value) => new Subfield(code, value));

    private static readonly Gen<Field> AnyField = Gen.Select(Gen.OneOf(Tags), Gen.Char[" 01247"], Gen.Char[" 01247"], AnySubfield.Array[0, 6], Text)
        .Select((tag, ind1, ind2, subfields, value) => Field.IsControlTag(tag) ? new ControlField(tag, value) : (Field)new DataField(tag, ind1, ind2, subfields));

    private static readonly Gen<MarcRecord> AnyRecord = Gen.Select(Gen.Char["acdefgijkmoprtz "].Array[2], AnyField.Array[0, 20])
        .Select((type, fields) => new MarcRecord(Leader.Default.With(6, type[0]).With(7, type[1]), fields));

    [Fact]
    public void Any_record_maps_without_throwing_to_clean_values()
    {
        AnyRecord.Sample(record =>
        {
            foreach (var names in Enum.GetValues<DublinCoreNames>())
            {
                foreach (var statement in DublinCoreRecord.FromMarc(record, names).Statements)
                {
                    Assert.False(string.IsNullOrWhiteSpace(statement.Value), statement.ToString());
                    Assert.Equal(statement.Value.Trim(), statement.Value);
                }
            }

            var summary = BibliographicSummary.FromMarc(record);
            Assert.True(summary.Title is null || summary.Title.Length > 0);
            Assert.All(summary.Names, n => Assert.False(string.IsNullOrWhiteSpace(n.Name)));
        });
    }

    [Fact]
    public void Cleaning_twice_changes_nothing()
    {
        Text.Sample(value =>
        {
            var once = IsbdPunctuation.Clean(value);
            Assert.Equal(once, IsbdPunctuation.Clean(once));
        });
    }
}
