using ThuVien.Marc;
using ThuVien.Marc.Iso2709;
using ThuVien.Marc.Tests.Support;

namespace ThuVien.Cli.Tests.Support;

/// <summary>Real records made distinct, in whatever number a test needs.</summary>
internal static class DistinctRecords
{
    /// <summary>Writes the Evergreen jazz records <paramref name="copies"/> times over, each with its own 001; returns how many.</summary>
    public static int Write(string path, int copies)
    {
        using var reader = new Iso2709Reader(File.OpenRead(TestData.Require("marc/evergreen/jazz_1k.mrc")));
        var originals = reader.Where(r => r.IsAccepted).Select(r => r.Record!).ToList();
        using var writer = new Iso2709Writer(File.Create(path));
        var count = 0;
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var record in originals)
            {
                var fields = record.Fields.RemoveAll(f => f.Tag is "001" or "003" or "020" or "035")
                    .Insert(0, new ControlField("001", $"copy{copy}-{count}"));
                writer.Write(record.WithFields(fields));
                count++;
            }
        }

        return count;
    }
}
