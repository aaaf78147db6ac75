using ThuVien.Marc.Iso2709;

namespace ThuVien.Marc.Tests.Iso2709;

public sealed class ReadOneTests
{
    [Fact]
    public void A_record_held_in_memory_reads_the_same_as_through_a_streaming_reader()
    {
        var record = new MarcRecord(
            Leader.Default,
            new ControlField("001", "VT1"),
            new DataField("245", '1', '0', new Subfield('a', "Truyện Kiều /"), new Subfield('c', "Nguyễn Du.")));
        using var bytes = new MemoryStream();
        using (var writer = new Iso2709Writer(bytes, leaveOpen: true))
        {
            writer.Write(record);
        }

        var one = Iso2709Reader.ReadOne(bytes.ToArray());
        using var reader = new Iso2709Reader(new MemoryStream(bytes.ToArray()));
        var streamed = Assert.Single(reader);
        Assert.True(one.IsAccepted);
        Assert.True(one.Record!.ContentEquals(streamed.Record!));
        Assert.Equal("Truyện Kiều /", one.Record.Value("245", 'a'));
    }

    [Fact]
    public void Bytes_that_are_not_a_record_are_rejected_not_thrown()
    {
        var result = Iso2709Reader.ReadOne("not a MARC record at all"u8);
        Assert.False(result.IsAccepted);
        Assert.NotEmpty(result.Issues);
    }
}
