using System.Text;

namespace ThuVien.Marc.Tests.Vietnamese;

public class VietnameseRecordsTests
{
    [Fact]
    public void The_letter_set_has_the_134_Vietnamese_letters()
    {
        Assert.Equal(134, VietnameseLetterSet.All.Length);
        Assert.Equal(134, VietnameseLetterSet.All.Distinct().Count());
        Assert.Equal(VietnameseLetterSet.Capitals, VietnameseLetterSet.Lowercase.ToUpperInvariant());
    }

    [Fact]
    public void The_fixture_uses_every_Vietnamese_letter_in_both_cases()
    {
        var used = new HashSet<char>(AllText());
        var missing = VietnameseLetterSet.All.Where(c => !used.Contains(c)).ToArray();
        Assert.True(missing.Length == 0, $"letters not used by any fixture record: {new string(missing)}");
    }

    [Fact]
    public void The_fixture_is_in_NFC()
    {
        Assert.True(AllText().IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void The_fixture_has_eight_to_twelve_records_with_distinct_control_numbers()
    {
        Assert.InRange(VietnameseRecords.All.Length, 8, 12);
        Assert.Equal(VietnameseRecords.All.Length, VietnameseRecords.All.Select(r => r.ControlNumber).Distinct().Count());
    }

    [Fact]
    public void Every_fixture_record_keeps_its_fields_in_tag_order()
    {
        foreach (var record in VietnameseRecords.All)
        {
            var tags = record.Fields.Select(f => f.Tag).ToList();
            Assert.Equal(tags.Order(StringComparer.Ordinal), tags);
        }
    }

    private static string AllText() => string.Concat(VietnameseRecords.All.Select(MarcLineFormat.Format));
}
