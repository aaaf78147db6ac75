using System.Text;
using System.Text.Unicode;
using ThuVien.Marc.Iso2709;

namespace ThuVien.Marc.Text;

/// <summary>Turns the bytes of one value into Unicode according to the record's encoding.</summary>
internal static class MarcTextDecoder
{
    // Below this a legacy-Vietnamese guess is not trusted enough to override leader/09.
    private const double LegacyConfidenceToTrust = 0.9;

    /// <summary>
    /// Chooses the encoding for one record. With Auto, leader/09 decides, but the bytes get the last word:
    /// records flagged MARC-8 that are in fact UTF-8 or TCVN3/VNI are common in real exports.
    /// </summary>
    public static MarcEncoding ChooseForRecord(char leader09, ReadOnlySpan<byte> data, MarcEncoding requested, IssueList issues)
    {
        if (requested != MarcEncoding.Auto)
        {
            return requested;
        }

        var highBytes = data.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
        if (leader09 == 'a')
        {
            return MarcEncoding.Utf8;
        }

        if (!highBytes || data.Contains((byte)0x1B))
        {
            return MarcEncoding.Marc8;
        }

        if (Utf8.IsValid(data))
        {
            issues.Warn(9, null, "leader/09 says MARC-8 but the data is valid UTF-8; read as UTF-8");
            return MarcEncoding.Utf8;
        }

        var legacy = VietnameseLegacy.Detect(data);
        if (legacy.Encoding != MarcEncoding.Auto && legacy.Confidence >= LegacyConfidenceToTrust)
        {
            issues.Warn(9, null, $"the data looks like {legacy.Encoding} Vietnamese (confidence {legacy.Confidence:0.00}); read as {legacy.Encoding}");
            return legacy.Encoding;
        }

        return MarcEncoding.Marc8;
    }

    public static string Decode(ReadOnlySpan<byte> bytes, MarcEncoding encoding, IssueList issues, int offset, string tag)
    {
        switch (encoding)
        {
            case MarcEncoding.Utf8:
            case MarcEncoding.Auto:
                if (Utf8.IsValid(bytes))
                {
                    return Encoding.UTF8.GetString(bytes);
                }

                var bad = FirstInvalidUtf8(bytes);
                issues.Warn(offset + bad, tag, $"invalid UTF-8 byte 0x{bytes[bad]:X2}; replaced with U+FFFD");
                return Encoding.UTF8.GetString(bytes);
            case MarcEncoding.Latin1:
                return Encoding.Latin1.GetString(bytes);
            case MarcEncoding.Tcvn3:
            case MarcEncoding.Vni:
                return VietnameseLegacy.Decode(bytes, encoding);
            case MarcEncoding.Marc8:
                if (bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0 && !bytes.Contains((byte)0x1B))
                {
                    return Encoding.ASCII.GetString(bytes);
                }

                var problems = new List<string>();
                var text = Marc8Decoder.Decode(bytes, problems);
                foreach (var problem in problems)
                {
                    issues.Warn(offset, tag, problem);
                }

                return text;
            default:
                throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null);
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var index = 0;
        while (index < bytes.Length)
        {
            var result = System.Text.Rune.DecodeFromUtf8(bytes[index..], out _, out var consumed);
            if (result != System.Buffers.OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return 0;
    }
}
