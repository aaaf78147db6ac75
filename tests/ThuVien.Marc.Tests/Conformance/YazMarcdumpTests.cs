using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.Conformance;

/// <summary>Interoperation with the real yaz-marcdump: it reads what we write, and writes what we write.</summary>
public class YazMarcdumpTests
{
    private const string Koha = "marc/koha/koha-sample-biblios-marc21.xml";

    [Fact]
    public void Yaz_reads_our_ISO_2709_written_from_MARCXML_without_a_complaint()
    {
        var yaz = ExternalTool.Require("yaz-marcdump", "yaz");
        var records = Accepted(MarcIo.ReadFile(TestData.Require(Koha), MarcFormat.MarcXml));
        Assert.Equal(435, records.Count);
        var file = Temp(MarcIo.Write(records, MarcFormat.Iso2709), ".mrc");
        try
        {
            var result = ExternalTool.Run(yaz, ["-n", file]);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.StandardOutput + result.StandardError);

            var xml = ExternalTool.Run(yaz, ["-i", "marc", "-o", "marcxml", file]);
            Assert.Equal(records.Count, xml.StandardOutput.Split("<record").Length - 1);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Yaz_turns_our_MARCXML_into_the_ISO_2709_we_write()
    {
        var yaz = ExternalTool.Require("yaz-marcdump", "yaz");
        var records = Accepted(MarcIo.ReadFile(TestData.Require(Koha), MarcFormat.MarcXml)).Take(100).ToList();
        var file = Temp(MarcIo.Write(records, MarcFormat.MarcXml), ".xml");
        try
        {
            var result = ExternalTool.Run(yaz, ["-i", "marcxml", "-o", "marc", file]);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(MarcIo.Write(records, MarcFormat.Iso2709), result.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Yaz_turns_our_MARC_in_JSON_into_the_ISO_2709_we_write()
    {
        // yaz reads one JSON record per file, so each record is written on its own (Collection off).
        var yaz = ExternalTool.Require("yaz-marcdump", "yaz");
        var records = Accepted(MarcIo.ReadFile(TestData.Require(Koha), MarcFormat.MarcXml)).Take(20).ToList();
        var files = records.Select(r => Temp(MarcIo.Write(r, MarcFormat.MarcJson, new MarcWriterOptions { Collection = false }), ".json")).ToList();
        try
        {
            var output = new List<byte>();
            foreach (var file in files)
            {
                var result = ExternalTool.Run(yaz, ["-i", "json", "-o", "marc", file]);
                Assert.True(result.ExitCode == 0, result.ToString());
                output.AddRange(result.Output);
            }

            Assert.Equal(MarcIo.Write(records, MarcFormat.Iso2709), output.ToArray());
        }
        finally
        {
            files.ForEach(File.Delete);
        }
    }

    private static List<MarcRecord> Accepted(List<MarcReadResult> results)
    {
        Assert.All(results, r => Assert.True(r.IsAccepted, r.RejectionReason));
        return [.. results.Select(r => r.Record!)];
    }

    private static string Temp(byte[] bytes, string extension)
    {
        var file = Path.Combine(Path.GetTempPath(), $"thuvien-yaz-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(file, bytes);
        return file;
    }
}
