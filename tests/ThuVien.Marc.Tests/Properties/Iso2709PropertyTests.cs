using CsCheck;
using ThuVien.Marc.Iso2709;
using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.Properties;

public class Iso2709PropertyTests
{
    [Fact]
    public void Random_valid_records_round_trip_through_iso2709_unchanged()
    {
        MarcGenerators.Record.Sample(record =>
        {
            var bytes = Iso2709Writer.ToBytes(record);
            using var reader = new Iso2709Reader(new MemoryStream(bytes));
            var result = Assert.Single(reader);
            Assert.True(result.IsAccepted && result.Issues.IsEmpty, string.Join("; ", result.Issues));
            Assert.True(Normalised(record).ContentEquals(Normalised(result.Record!)), $"{record}\n--- read back as ---\n{result.Record}");
        }, iter: 500);
    }

    [Fact]
    public void Random_mutations_of_real_records_never_throw_and_every_record_is_accounted_for()
    {
        var original = File.ReadAllBytes(TestData.Require("marc/marc4j/chabon.mrc"));
        var mutation = Gen.Select(Gen.Int[0, original.Length - 1].Array[1, 12], Gen.Byte.Array[12], Gen.Int[0, 3]);
        mutation.Sample((positions, values, kind) =>
        {
            var bytes = Mutate(original, positions, values, kind);
            long read = 0, accepted = 0, rejected = 0;
            using var reader = new Iso2709Reader(new MemoryStream(bytes));
            foreach (var result in reader)
            {
                read++;
                if (result.IsAccepted)
                {
                    accepted++;
                    // Whatever was repaired must still be writable.
                    _ = Iso2709Writer.ToBytes(result.Record!);
                }
                else
                {
                    rejected++;
                    Assert.NotNull(result.RejectionReason);
                }
            }

            Assert.Equal(read, accepted + rejected);
        }, iter: 2000);
    }

    [Fact]
    public void Truncating_a_file_anywhere_never_throws()
    {
        var original = File.ReadAllBytes(TestData.Require("marc/pymarc/test.dat"));
        Gen.Int[0, original.Length].Sample(cut =>
        {
            using var reader = new Iso2709Reader(new MemoryStream(original[..cut]));
            var results = reader.ToList();
            Assert.All(results, r => Assert.True(r.IsAccepted || r.RejectionReason is not null));
        }, iter: 500);
    }

    private static byte[] Mutate(byte[] original, int[] positions, byte[] values, int kind)
    {
        var bytes = (byte[])original.Clone();
        switch (kind)
        {
            case 0: // overwrite bytes
                for (var i = 0; i < positions.Length; i++)
                {
                    bytes[positions[i]] = values[i % values.Length];
                }

                return bytes;
            case 1: // drop a run
                var from = positions.Min();
                var to = Math.Min(bytes.Length, from + positions.Length * 7);
                return [.. bytes[..from], .. bytes[to..]];
            case 2: // insert bytes
                return [.. bytes[..positions[0]], .. values, .. bytes[positions[0]..]];
            default: // overwrite with structural bytes
                foreach (var p in positions)
                {
                    bytes[p] = (byte)(p % 3 == 0 ? 0x1D : p % 3 == 1 ? 0x1E : 0x1F);
                }

                return bytes;
        }
    }

    // The reader sets leader/09 to 'a' (its records hold Unicode) and lengths are recomputed.
    private static MarcRecord Normalised(MarcRecord record) =>
        record.WithLeader(record.Leader.With(0, "00000").With(9, 'a').With(12, "00000"));
}
