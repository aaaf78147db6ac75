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

        if (leader09 == 'a')
        {
            return MarcEncoding.Utf8;
        }

        if (data.IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0 || data.Contains((byte)0x1B))
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

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, MarcEncoding encoding, IssueList issues, int offset, string tag)
    {
        switch (encoding)
        {
            case MarcEncoding.Utf8:
            case MarcEncoding.Auto:
                // One pass for the common case; the exception path is taken only by damaged data.
                try
                {
                    return StrictUtf8.GetString(bytes);
                }
                catch (DecoderFallbackException)
                {
                }

                if (LooksLikeMarc8(bytes))
                {
                    // Records flagged UTF-8 with values pasted in from MARC-8 systems are common in real exports.
                    issues.Warn(offset, tag, "invalid UTF-8 that is MARC-8 (combining marks before letters); read as MARC-8");
                    return Decode(bytes, MarcEncoding.Marc8, issues, offset, tag);
                }

                return DecodeDamagedUtf8(bytes, issues, offset, tag);
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

    /// <summary>
    /// True when every non-ASCII byte is MARC-8 shaped: an ANSEL combining mark (0xE0-0xFE) followed by
    /// more marks and then an ASCII letter, or an ANSEL spacing character (0xA1-0xC8) — and none of it is UTF-8.
    /// </summary>
    private static bool LooksLikeMarc8(ReadOnlySpan<byte> bytes)
    {
        for (var index = 0; index < bytes.Length;)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[index..], out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done && rune.Value >= 0x80)
            {
                return false;
            }

            index += Math.Max(1, consumed);
        }

        var seen = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                continue;
            }

            seen = true;
            if (b is >= 0xA1 and <= 0xC8)
            {
                continue;
            }

            if (b is < 0xE0 or > 0xFE)
            {
                return false;
            }

            var next = i + 1;
            while (next < bytes.Length && bytes[next] is >= 0xE0 and <= 0xFE)
            {
                next++;
            }

            if (next >= bytes.Length || !char.IsAsciiLetter((char)bytes[next]))
            {
                return false;
            }

            i = next;
        }

        return seen;
    }

    /// <summary>
    /// Decodes UTF-8 with damaged bytes. A byte that is not part of a valid sequence is almost always
    /// Latin-1 typed into a UTF-8 record, so it is read as Latin-1 ("Östersund", not "�stersund").
    /// </summary>
    private static string DecodeDamagedUtf8(ReadOnlySpan<byte> bytes, IssueList issues, int offset, string tag)
    {
        var text = new StringBuilder(bytes.Length);
        Span<char> pair = stackalloc char[2];
        var first = -1;
        var damaged = 0;
        for (var index = 0; index < bytes.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[index..], out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                text.Append(pair[..rune.EncodeToUtf16(pair)]);
                index += consumed;
                continue;
            }

            first = first < 0 ? index : first;
            damaged++;
            text.Append((char)bytes[index]);
            index++;
        }

        issues.Warn(offset + first, tag, $"invalid UTF-8 ({damaged} byte(s), first 0x{bytes[first]:X2}); read as Latin-1");
        return text.ToString();
    }
}
