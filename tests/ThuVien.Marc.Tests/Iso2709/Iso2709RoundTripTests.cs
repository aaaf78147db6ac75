using ThuVien.Marc.Iso2709;

namespace ThuVien.Marc.Tests.Iso2709;

public class Iso2709RoundTripTests
{
    private static readonly MarcRecord Kieu = new(
        Leader.Default,
        new ControlField("001", "VN-0001"),
        new ControlField("008", "991231s1995    vm            000 0 vie d"),
        new DataField("100", '0', ' ', new Subfield('a', "Nguyễn Du")),
        new DataField("245", '1', '0', new Subfield('a', "Truyện Kiều /"), new Subfield('c', "Nguyễn Du.")),
        new DataField("260", ' ', ' ', new Subfield('a', "Hà Nội :"), new Subfield('b', "Văn học,"), new Subfield('c', "1995.")));

    [Fact]
    public void A_written_record_reads_back_equal_with_no_warnings()
    {
        var bytes = Iso2709Writer.ToBytes(Kieu);
        using var reader = new Iso2709Reader(new MemoryStream(bytes));
        var result = Assert.Single(reader);
        Assert.True(result.IsAccepted, string.Join("; ", result.Issues));
        Assert.Empty(result.Issues);
        Assert.Equal(MarcLineFormat.Format(Kieu)[24..], MarcLineFormat.Format(result.Record!)[24..]);
        Assert.Equal("Truyện Kiều /", result.Record!.Value("245", 'a'));
    }

    [Fact]
    public void Writing_what_was_read_gives_the_same_bytes()
    {
        var bytes = Iso2709Writer.ToBytes(Kieu);
        using var reader = new Iso2709Reader(new MemoryStream(bytes));
        var again = Iso2709Writer.ToBytes(reader.Single().Record!);
        Assert.Equal(bytes, again);
    }

    [Fact]
    public void The_leader_carries_the_computed_length_and_base_address()
    {
        var bytes = Iso2709Writer.ToBytes(Kieu);
        var leader = System.Text.Encoding.ASCII.GetString(bytes, 0, 24);
        Assert.Equal(bytes.Length.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), leader[..5]);
        Assert.Equal((24 + (5 * 12) + 1).ToString("D5", System.Globalization.CultureInfo.InvariantCulture), leader[12..17]);
        Assert.Equal('a', leader[9]);
    }
}
