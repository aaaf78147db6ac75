using System.Collections.Immutable;
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
            var lead = rest.IndexOf(SubfieldDelimiter);
            var stray = lead < 0 ? rest : rest[..lead];
            issues.Warn(restOffset, tag, $"{stray.Length} bytes before the first subfield delimiter are not read: '{MarcTextDecoder.Decode(stray, encoding, issues, restOffset, tag)}'");
            restOffset += stray.Length;
            rest = rest[stray.Length..];
        }

        var subfields = ImmutableArray.CreateBuilder<Subfield>(rest.Count(SubfieldDelimiter));
        while (!rest.IsEmpty)
        {
            // rest[0] is a delimiter here.
            var next = rest[1..].IndexOf(SubfieldDelimiter);
            var piece = next < 0 ? rest[1..] : rest.Slice(1, next);
            if (piece.IsEmpty)
            {
                issues.Warn(restOffset, tag, "empty subfield (a delimiter with no code) is skipped");
            }
            else
            {
                var code = (char)piece[0];
                if (!IsValidSubfieldCode(code))
                {
                    issues.Warn(restOffset + 1, tag, $"subfield code {Describe(piece[0])} is not a valid code");
                }

                var valueOffset = restOffset + 2;
                subfields.Add(new Subfield(code, MarcTextDecoder.Decode(piece[1..], encoding, issues, valueOffset, tag)));
            }

            restOffset += piece.Length + 1;
            rest = rest[(piece.Length + 1)..];
        }

        return new DataField(tag, new string(indicators), subfields.DrainToImmutable());
    }

    private static string Describe(byte b) => b is >= 0x20 and < 0x7F ? $"'{(char)b}'" : $"byte 0x{b:X2}";
}
