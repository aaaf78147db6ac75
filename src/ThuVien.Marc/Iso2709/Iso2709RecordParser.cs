using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ThuVien.Marc.Text;
using static ThuVien.Marc.Iso2709.Iso2709Bytes;

namespace ThuVien.Marc.Iso2709;

/// <summary>
/// Parses the bytes of one framed ISO 2709 record (leader to record terminator) into a record,
/// repairing what it can in permissive mode and saying what it repaired.
/// </summary>
internal static class Iso2709RecordParser
{
    public static MarcReadResult Parse(ReadOnlySpan<byte> frame, long recordNumber, long offset, MarcReaderOptions options, IssueList issues)
    {
        if (frame.Length < LeaderLength + 1)
        {
            issues.Error(0, null, $"record of {frame.Length} bytes is shorter than a leader and a field terminator");
            return MarcReadResult.Rejected(recordNumber, offset, issues.ToImmutable(), frame.ToArray());
        }

        var body = frame[^1] == RecordTerminator ? frame[..^1] : frame;
        var leader = ReadLeader(frame[..LeaderLength], issues);
        var directoryEnd = body[LeaderLength..].IndexOf(FieldTerminator);
        if (directoryEnd < 0)
        {
            issues.Error(LeaderLength, null, "no field terminator after the directory");
            return MarcReadResult.Rejected(recordNumber, offset, issues.ToImmutable(), frame.ToArray());
        }

        directoryEnd += LeaderLength;
        var baseAddress = ParseNumber(frame.Slice(12, 5));
        if (baseAddress != directoryEnd + 1)
        {
            issues.Warn(12, null, baseAddress < 0
                ? $"base address '{Ascii(frame.Slice(12, 5))}' is not a number; using {directoryEnd + 1}, the end of the directory"
                : $"base address {baseAddress} does not match the end of the directory at {directoryEnd + 1}; using {directoryEnd + 1}");
            baseAddress = directoryEnd + 1;
        }

        var data = body[baseAddress..];
        var chunks = FieldLocator.Locate(body[LeaderLength..directoryEnd], leader, data, issues, baseAddress);
        if (chunks.Count == 0 && directoryEnd > LeaderLength)
        {
            issues.Error(LeaderLength, null, "no field could be located from the directory");
        }

        if (issues.HasErrors || (!options.Permissive && !issues.IsEmpty))
        {
            if (!issues.HasErrors)
            {
                issues.Error(0, null, "strict mode: the record needs repairs");
            }

            return MarcReadResult.Rejected(recordNumber, offset, issues.ToImmutable(), frame.ToArray());
        }

        var encoding = MarcTextDecoder.ChooseForRecord(leader.CharacterCodingScheme, data, options.Encoding, issues);
        var fields = new Field[chunks.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            var chunk = chunks[i];
            fields[i] = FieldDecoder.Decode(chunk.Tag, data.Slice(chunk.Start, chunk.Length), leader.IndicatorCount, encoding, issues, baseAddress + chunk.Start);
        }

        // The model always holds Unicode, so leader/09 says so whatever the input was.
        var record = new MarcRecord(leader.CharacterCodingScheme == 'a' ? leader : leader.With(9, 'a'), ImmutableCollectionsMarshal.AsImmutableArray(fields));
        if (issues.HasErrors)
        {
            return MarcReadResult.Rejected(recordNumber, offset, issues.ToImmutable(), frame.ToArray());
        }

        var raw = options.KeepRaw || !issues.IsEmpty ? frame.ToArray() : default;
        return MarcReadResult.Accepted(recordNumber, offset, record, issues.ToImmutable(), raw);
    }

    private static Leader ReadLeader(ReadOnlySpan<byte> bytes, IssueList issues)
    {
        Span<char> chars = stackalloc char[LeaderLength];
        for (var i = 0; i < LeaderLength; i++)
        {
            var b = bytes[i];
            if (b is < 0x20 or >= 0x7F)
            {
                issues.Warn(i, null, $"leader/{i:D2} holds byte 0x{b:X2}; replaced with a blank");
                b = (byte)' ';
            }

            chars[i] = (char)b;
        }

        // The positions every reader relies on; repaired as yaz-marcdump does, with a warning each.
        Repair(chars, 10, '2', c => c is >= '1' and <= '9', "indicator count", issues);
        Repair(chars, 11, '2', c => c is >= '1' and <= '9', "subfield code length", issues);
        Repair(chars, 20, '4', c => c is >= '1' and <= '9', "length of the length-of-field part", issues);
        Repair(chars, 21, '5', c => c is >= '1' and <= '9', "length of the starting-position part", issues);
        Repair(chars, 22, '0', char.IsAsciiDigit, "length of the implementation-defined part", issues);
        return new Leader(new string(chars));
    }

    private static void Repair(Span<char> leader, int position, char fallback, Func<char, bool> isValid, string what, IssueList issues)
    {
        // A blank where MARC21 fixes a digit is so common (and harmless) that it is repaired without a warning.
        if (leader[position] == ' ' && position >= 20)
        {
            leader[position] = fallback;
            return;
        }

        if (!isValid(leader[position]))
        {
            issues.Warn(position, null, $"leader/{position:D2} ({what}) is '{leader[position]}'; assuming {fallback}");
            leader[position] = fallback;
        }
    }

    private static string Ascii(ReadOnlySpan<byte> bytes) => System.Text.Encoding.ASCII.GetString(bytes);
}
