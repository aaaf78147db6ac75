using System.Text;

using ThuVien.Marc.Iso2709;
using ThuVien.Marc.MarcJson;
using ThuVien.Marc.MarcXml;
using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests;

public class MarcFormatsTests
{
    public static TheoryData<string> SharedFiles =>
        [.. TestData.Files("marc", ".mrc", ".marc", ".dat", ".xml", ".json").Where(f => !f.Contains("/tmarc", StringComparison.Ordinal) && !f.Contains("/xml2tmarc", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(SharedFiles))]
    public void The_first_bytes_of_every_shared_MARC_file_tell_its_format(string file)
    {
        var expected = Path.GetExtension(file) switch
        {
            ".xml" => MarcFormat.MarcXml,
            ".json" => MarcFormat.MarcJson,
            _ => MarcFormat.Iso2709,
        };
        var path = TestData.Require(file);
        Assert.Equal(expected, MarcFormats.Detect(path));
        Assert.Equal(expected, MarcFormats.Detect(null, File.ReadAllBytes(path).AsSpan(0, Math.Min(64, (int)new FileInfo(path).Length))));
    }

    [Theory]
    [InlineData("records.mrc", MarcFormat.Iso2709)]
    [InlineData("records.MARC", MarcFormat.Iso2709)]
    [InlineData("export.iso", MarcFormat.Iso2709)]
    [InlineData("test.dat", MarcFormat.Iso2709)]
    [InlineData("collection.xml", MarcFormat.MarcXml)]
    [InlineData("records.json", MarcFormat.MarcJson)]
    public void Without_telling_bytes_the_extension_decides(string name, MarcFormat expected)
    {
        Assert.Equal(expected, MarcFormats.Detect(name, ReadOnlySpan<byte>.Empty));
    }

    [Theory]
    [InlineData("\uFEFF<?xml version=\"1.0\"?>", MarcFormat.MarcXml)]
    [InlineData("  \n<collection>", MarcFormat.MarcXml)]
    [InlineData("\n[{\"leader\":", MarcFormat.MarcJson)]
    [InlineData("{\"leader\":", MarcFormat.MarcJson)]
    [InlineData("00714cam a2200205 a 4500", MarcFormat.Iso2709)]
    public void The_bytes_win_over_a_misleading_extension(string head, MarcFormat expected)
    {
        Assert.Equal(expected, MarcFormats.Detect("misleading.dat", Encoding.UTF8.GetBytes(head)));
    }

    [Fact]
    public void Unknown_bytes_and_an_unknown_extension_give_no_format()
    {
        Assert.Null(MarcFormats.Detect("notes.txt", "Hello"u8));
        Assert.Null(MarcFormats.Detect(null, ReadOnlySpan<byte>.Empty));
    }

    [Theory]
    [InlineData(MarcFormat.Iso2709, typeof(Iso2709Reader), typeof(Iso2709Writer))]
    [InlineData(MarcFormat.MarcXml, typeof(MarcXmlReader), typeof(MarcXmlWriter))]
    [InlineData(MarcFormat.MarcJson, typeof(MarcJsonReader), typeof(MarcJsonWriter))]
    public void Opens_the_reader_and_writer_of_each_format_and_they_agree(MarcFormat format, Type readerType, Type writerType)
    {
        var record = new MarcRecord(Leader.Default, new ControlField("001", "VN-1"), new DataField("245", '1', '0', new Subfield('a', "Truyện Kiều")));
        var output = new MemoryStream();
        using (var writer = MarcFormats.OpenWriter(output, format, leaveOpen: true))
        {
            Assert.IsType(writerType, writer);
            writer.Write(record);
        }

        output.Position = 0;
        using var reader = MarcFormats.OpenReader(output, format);
        Assert.IsType(readerType, reader);
        var result = Assert.Single(reader);
        // ISO 2709 recomputes the lengths in the leader; everything else is as written.
        Assert.True(record.WithLeader(result.Record!.Leader).ContentEquals(result.Record), result.Record.ToString());
        Assert.True(LeaderMask.Equal(record.Leader.Value, result.Record.Leader.Value));
    }
}
