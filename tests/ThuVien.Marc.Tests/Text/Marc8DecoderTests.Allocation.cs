using ThuVien.Marc.Text;
using static ThuVien.Marc.Tests.Text.Marc8Bytes;

namespace ThuVien.Marc.Tests.Text;

public partial class Marc8DecoderTests
{
    public static TheoryData<byte[]> LatinValues => new()
    {
        // 245 $a of a Vietnamese record: a few ANSEL diacritics, under the stack buffer size.
        Of("Truy", 0xE3, 0xF2, "en Ki", 0xE3, 0xE1, "eu / Nguy", 0xE3, 0xE4, "en Du ; ", 0xB3, 0xE3, 0xE2, "at n", 0xBD, 0xE2, 0xBC, "c."),
        // A long 520 note: the pooled buffer.
        Of(string.Concat(Enumerable.Repeat("Tuy", 40)), 0xE3, 0xF2, "en ng", 0xE3, 0xE2, "an Vi", 0xE3, 0xF2, "et Nam. ", string.Concat(Enumerable.Repeat("abc ", 150))),
    };

    [Theory]
    [MemberData(nameof(LatinValues))]
    public void Decoding_a_Latin_value_with_diacritics_allocates_only_the_result_string(byte[] bytes)
    {
        var problems = new List<string>();
        var text = Marc8Decoder.Decode(bytes, problems); // warm up: JIT, tables, normalization data, array pool
        Assert.Empty(problems);

        var decoding = long.MaxValue;
        var copying = long.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Marc8Decoder.Decode(bytes, problems);
            var between = GC.GetAllocatedBytesForCurrentThread();
            _ = new string(text.AsSpan());
            var after = GC.GetAllocatedBytesForCurrentThread();
            decoding = Math.Min(decoding, between - before);
            copying = Math.Min(copying, after - between);
        }

        Assert.Equal(copying, decoding);
    }
}
