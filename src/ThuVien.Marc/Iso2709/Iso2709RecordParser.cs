using System.Collections.Immutable;
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

        var entries = ReadDirectory(body[LeaderLength..directoryEnd], leader, issues);
        var data = body[baseAddress..];
        var chunks = LocateFields(entries, data, issues, baseAddress);
        if (chunks.Count == 0 && entries.Count > 0)
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
        var fields = ImmutableArray.CreateBuilder<Field>(chunks.Count);
        foreach (var chunk in chunks)
        {
            var content = data.Slice(chunk.Start, chunk.Length);
            fields.Add(FieldDecoder.Decode(chunk.Tag, content, leader.IndicatorCount, encoding, issues, baseAddress + chunk.Start));
        }

        // The model always holds Unicode, so leader/09 says so whatever the input was.
        var record = new MarcRecord(leader.CharacterCodingScheme == 'a' ? leader : leader.With(9, 'a'), fields.MoveToImmutable());
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

    private readonly record struct DirectoryEntry(string Tag, int Length, int Start, int EntryOffset);

    private readonly record struct FieldChunk(string Tag, int Start, int Length);

    private static List<DirectoryEntry> ReadDirectory(ReadOnlySpan<byte> directory, Leader leader, IssueList issues)
    {
        var lengthDigits = leader[20] - '0';
        var startDigits = leader[21] - '0';
        var entrySize = 3 + lengthDigits + startDigits + (leader[22] - '0');
        if (directory.Length % entrySize != 0)
        {
            issues.Warn(LeaderLength, null, $"directory of {directory.Length} bytes is not a multiple of {entrySize}; the last {directory.Length % entrySize} bytes are ignored");
        }

        var entries = new List<DirectoryEntry>(directory.Length / entrySize);
        for (var at = 0; at + entrySize <= directory.Length; at += entrySize)
        {
            var entry = directory.Slice(at, entrySize);
            var tag = Tags.FromBytes(entry[..3]);
            var length = ParseNumber(entry.Slice(3, lengthDigits));
            var start = ParseNumber(entry.Slice(3 + lengthDigits, startDigits));
            if (!Tags.IsValid(tag))
            {
                issues.Warn(LeaderLength + at, tag, $"directory entry {at / entrySize + 1} has an invalid tag '{tag}'");
            }

            entries.Add(new DirectoryEntry(tag, length, start, LeaderLength + at));
        }

        return entries;
    }

    /// <summary>
    /// Finds each field's bytes. Trusts the directory while it is consistent; where an entry points
    /// outside the data or not at a field terminator, falls back on the field terminators themselves.
    /// </summary>
    private static List<FieldChunk> LocateFields(List<DirectoryEntry> entries, ReadOnlySpan<byte> data, IssueList issues, int baseAddress)
    {
        var chunks = new List<FieldChunk>(entries.Count);
        var consistent = true;
        foreach (var entry in entries)
        {
            var end = entry.Start + entry.Length;
            if (entry.Length <= 0 || entry.Start < 0 || end > data.Length || data[end - 1] != FieldTerminator)
            {
                consistent = false;
                break;
            }

            chunks.Add(new FieldChunk(entry.Tag, entry.Start, entry.Length - 1));
        }

        if (consistent)
        {
            var used = chunks.Count == 0 ? 0 : chunks.Max(c => c.Start + c.Length + 1);
            if (used < data.Length)
            {
                issues.Warn(baseAddress + used, null, $"{data.Length - used} bytes after the last field are not described by the directory");
            }

            return chunks;
        }

        // Fallback: split the data area on field terminators and pair the pieces with the tags in order.
        issues.Warn(LeaderLength, null, "directory lengths or offsets do not match the data; fields located by their terminators instead");
        chunks.Clear();
        var position = 0;
        var index = 0;
        var orphanPieces = 0;
        var orphanBytes = 0;
        var orphanAt = -1;
        while (position < data.Length)
        {
            var length = data[position..].IndexOf(FieldTerminator);
            if (length < 0)
            {
                length = data.Length - position;
                issues.Warn(baseAddress + position, index < entries.Count ? entries[index].Tag : null, "last field has no field terminator");
            }

            if (index < entries.Count)
            {
                chunks.Add(new FieldChunk(entries[index].Tag, position, length));
            }
            else if (length > 0)
            {
                orphanAt = orphanAt < 0 ? baseAddress + position : orphanAt;
                orphanPieces++;
                orphanBytes += length;
            }

            index++;
            position += length + 1;
        }

        if (orphanPieces > 0)
        {
            issues.Warn(orphanAt, null, $"{orphanPieces} pieces of field data ({orphanBytes} bytes) have no directory entry and are not read");
        }

        if (index < entries.Count)
        {
            issues.Warn(LeaderLength, null, $"{entries.Count - index} directory entries point at no data and are ignored");
        }

        return chunks;
    }

    private static string Ascii(ReadOnlySpan<byte> bytes) => System.Text.Encoding.ASCII.GetString(bytes);
}
