using CsCheck;

namespace ThuVien.Marc.Tests.Properties;

public class SerialisationPropertyTests
{
    [Theory]
    [InlineData(MarcFormat.MarcXml)]
    [InlineData(MarcFormat.MarcJson)]
    public void Random_valid_records_round_trip_through_every_format_unchanged(MarcFormat format)
    {
        MarcGenerators.Record.Array[1, 5].Sample(records =>
        {
            using var buffer = new MemoryStream();
            using (var writer = MarcFormats.OpenWriter(buffer, format, leaveOpen: true))
            {
                foreach (var record in records)
                {
                    writer.Write(record);
                }

                writer.Complete();
            }

            buffer.Position = 0;
            using var reader = MarcFormats.OpenReader(buffer, format);
            var results = reader.ToList();
            Assert.Equal(records.Length, results.Count);
            for (var i = 0; i < records.Length; i++)
            {
                Assert.True(results[i].IsAccepted && results[i].Issues.IsEmpty, string.Join("; ", results[i].Issues));
                Assert.True(Normalised(records[i]).ContentEquals(Normalised(results[i].Record!)), $"{records[i]}\n--- read back as ---\n{results[i].Record}");
            }
        }, iter: 300);
    }

    // Writers set leader/09 to 'a' (their output is UTF-8).
    private static MarcRecord Normalised(MarcRecord record) => record.WithLeader(record.Leader.With(9, 'a'));
}
