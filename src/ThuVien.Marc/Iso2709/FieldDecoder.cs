using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ThuVien.Marc.Text;
using static ThuVien.Marc.Iso2709.Iso2709Bytes;

namespace ThuVien.Marc.Iso2709;

/// <summary>Decodes the content of one field (without its terminator) into a control or data field.</summary>
internal static class FieldDecoder
{
    public static Field Decode(string tag, ReadOnlySpan<byte> content, int indicatorCount, MarcEncoding encoding, IssueList issues, int offset)
    {
        // A 00X tag is a control field unless its content is shaped like indicators and subfields
        // (some national formats, e.g. danMARC, give 001 subfields).
        var shapedAsData = content.Length > indicatorCount && content[indicatorCount] == SubfieldDelimiter
            && !content[..indicatorCount].Contains(SubfieldDelimiter);
        if (Field.IsControlTag(tag) && !shapedAsData)
        {
            if (content.Contains(SubfieldDelimiter))
            {
                issues.Warn(offset, tag, "control field contains a subfield delimiter");
            }

            return new ControlField(tag, MarcTextDecoder.Decode(content, encoding, issues, offset, tag));
        }

        return DecodeDataField(tag, content, indicatorCount, encoding, issues, offset);
    }

    private static DataField DecodeDataField(string tag, ReadOnlySpan<byte> content, int indicatorCount, MarcEncoding encoding, IssueList issues, int offset)
    {
        var firstDelimiter = content.IndexOf(SubfieldDelimiter);
        var indicatorBytes = firstDelimiter < 0 ? Math.Min(indicatorCount, content.Length) : Math.Min(indicatorCount, firstDelimiter);
        Span<char> indicators = stackalloc char[indicatorCount];
        for (var i = 0; i < indicatorCount; i++)
        {
            var c = i < indicatorBytes ? (char)content[i] : ' ';
            if (i >= indicatorBytes)
            {
                issues.Warn(offset + i, tag, $"indicator {i + 1} is missing; assuming blank");
            }
            else if (!IsValidIndicator(c))
            {
                issues.Warn(offset + i, tag, $"indicator {i + 1} is invalid ({Describe(content[i])}); replaced with a blank");
                c = ' ';
            }

            indicators[i] = c;
        }

        var rest = content[indicatorBytes..];
        var restOffset = offset + indicatorBytes;
        if (rest.Length > 0 && rest[0] != SubfieldDelimiter)
        {
            // Like yaz-marcdump, take the byte where the delimiter belongs as a damaged delimiter,
            // so the text after it is kept rather than dropped.
            issues.Warn(restOffset, tag, $"expected a subfield delimiter after the indicators, found {Describe(rest[0])}; read as a delimiter");
        }

        // Sized exactly and handed over without a copy: this runs for every field of every record.
        var subfields = new Subfield[rest.IsEmpty ? 0 : rest[1..].Count(SubfieldDelimiter) + 1];
        var count = 0;
        while (!rest.IsEmpty)
        {
            // rest[0] is a delimiter here (or the damaged one taken for it).
            var next = rest[1..].IndexOf(SubfieldDelimiter);
            var piece = next < 0 ? rest[1..] : rest.Slice(1, next);
            if (piece.IsEmpty)
            {
                issues.Warn(restOffset, tag, "empty subfield (a delimiter with no code) is skipped");
            }
            else
            {
                var codeLength = CodeLength(piece, encoding);
                var code = codeLength == 1 ? (char)piece[0] : MarcTextDecoder.Decode(piece[..codeLength], encoding, issues, restOffset + 1, tag)[0];
                if (!IsValidSubfieldCode(code))
                {
                    issues.Warn(restOffset + 1, tag, $"subfield code '{code}' is not a valid MARC21 code");
                }

                subfields[count++] = new Subfield(code, MarcTextDecoder.Decode(piece[codeLength..], encoding, issues, restOffset + 1 + codeLength, tag));
            }

            restOffset += piece.Length + 1;
            rest = rest[(piece.Length + 1)..];
        }

        if (count < subfields.Length)
        {
            Array.Resize(ref subfields, count);
        }

        return new DataField(tag, Indicators(indicators), ImmutableCollectionsMarshal.AsImmutableArray(subfields));
    }

    private static readonly string[] TwoIndicators = BuildTwoIndicators();

    /// <summary>Shares the strings of every pair of valid indicators.</summary>
    private static string Indicators(ReadOnlySpan<char> indicators)
    {
        if (indicators.Length == 2 && indicators[0] < 128 && indicators[1] < 128)
        {
            return TwoIndicators[(indicators[0] * 128) + indicators[1]];
        }

        return new string(indicators);
    }

    private static string[] BuildTwoIndicators()
    {
        var all = new string[128 * 128];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = string.Concat((char)(i / 128), (char)(i % 128));
        }

        return all;
    }

    /// <summary>A subfield code is one character: one byte, or a whole UTF-8 sequence in a UTF-8 record.</summary>
    private static int CodeLength(ReadOnlySpan<byte> piece, MarcEncoding encoding)
    {
        if (piece[0] < 0x80 || encoding is not (MarcEncoding.Utf8 or MarcEncoding.Auto))
        {
            return 1;
        }

        var status = System.Text.Rune.DecodeFromUtf8(piece, out _, out var consumed);
        return status == System.Buffers.OperationStatus.Done ? consumed : 1;
    }

    private static string Describe(byte b) => b is >= 0x20 and < 0x7F ? $"'{(char)b}'" : $"byte 0x{b:X2}";
}
