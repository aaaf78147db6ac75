using static ThuVien.Marc.Iso2709.Iso2709Bytes;

namespace ThuVien.Marc.Iso2709;

/// <summary>Where one field's content (without its terminator) lies in the data area, and its tag.</summary>
internal readonly record struct FieldChunk(string Tag, int Start, int Length);

/// <summary>
/// Finds each field's bytes from the directory. Trusts the directory while it is consistent; where an
/// entry points outside the data or not at a field terminator, falls back on the field terminators
/// themselves and takes each piece's tag from the entry that starts there.
/// </summary>
internal static class FieldLocator
{
    private readonly record struct DirectoryEntry(string Tag, int Length, int Start);

    public static List<FieldChunk> Locate(ReadOnlySpan<byte> directory, Leader leader, ReadOnlySpan<byte> data, IssueList issues, int baseAddress)
    {
        var lengthDigits = leader[20] - '0';
        var startDigits = leader[21] - '0';
        var entrySize = 3 + lengthDigits + startDigits + (leader[22] - '0');
        var spare = directory.Length % entrySize;
        var entries = ReadEntries(directory[..^spare], lengthDigits, startDigits, entrySize, issues);
        var chunks = FromDirectory(entries, data);
        if (chunks is not null)
        {
            if (spare != 0)
            {
                issues.Warn(LeaderLength + directory.Length - spare, null, $"directory of {directory.Length} bytes is not a multiple of {entrySize}; the last {spare} bytes are ignored");
            }

            var used = chunks.Count == 0 ? 0 : chunks.Max(c => c.Start + c.Length + 1);
            if (used < data.Length)
            {
                issues.Warn(baseAddress + used, null, $"{data.Length - used} bytes after the last field are not described by the directory");
            }

            return chunks;
        }

        issues.Warn(LeaderLength, null, "directory lengths or offsets do not match the data; fields located by their terminators instead");
        if (spare != 0)
        {
            // A byte lost or added at the start of the directory shifts every entry: read it aligned on its end too.
            var fromEnd = ReadEntries(directory[spare..], lengthDigits, startDigits, entrySize, issues: null);
            if (Matching(fromEnd, data) > Matching(entries, data))
            {
                issues.Warn(LeaderLength, null, $"directory of {directory.Length} bytes is not a multiple of {entrySize}; read from its end, the first {spare} bytes are ignored");
                entries = fromEnd;
            }
            else
            {
                issues.Warn(LeaderLength + directory.Length - spare, null, $"directory of {directory.Length} bytes is not a multiple of {entrySize}; the last {spare} bytes are ignored");
            }
        }

        return FromTerminators(entries, data, issues, baseAddress);
    }

    private static List<DirectoryEntry> ReadEntries(ReadOnlySpan<byte> directory, int lengthDigits, int startDigits, int entrySize, IssueList? issues)
    {
        var entries = new List<DirectoryEntry>(directory.Length / entrySize);
        for (var at = 0; at + entrySize <= directory.Length; at += entrySize)
        {
            var entry = directory.Slice(at, entrySize);
            var tag = Tags.FromBytes(entry[..3]);
            if (issues is not null && !Tags.IsValid(tag))
            {
                issues.Warn(LeaderLength + at, tag, $"directory entry {(at / entrySize) + 1} has an invalid tag '{tag}'");
            }

            entries.Add(new DirectoryEntry(tag, ParseNumber(entry.Slice(3, lengthDigits)), ParseNumber(entry.Slice(3 + lengthDigits, startDigits))));
        }

        return entries;
    }

    /// <summary>The fields as the directory describes them, or null when any entry does not fit the data.</summary>
    private static List<FieldChunk>? FromDirectory(List<DirectoryEntry> entries, ReadOnlySpan<byte> data)
    {
        var chunks = new List<FieldChunk>(entries.Count);
        foreach (var entry in entries)
        {
            var end = entry.Start + entry.Length;
            if (entry.Length <= 0 || entry.Start < 0 || end > data.Length || data[end - 1] != FieldTerminator)
            {
                return null;
            }

            chunks.Add(new FieldChunk(entry.Tag, entry.Start, entry.Length - 1));
        }

        return chunks;
    }

    private static int Matching(List<DirectoryEntry> entries, ReadOnlySpan<byte> data)
    {
        var count = 0;
        foreach (var e in entries)
        {
            if (e.Start == 0 || (e.Start > 0 && e.Start <= data.Length && data[e.Start - 1] == FieldTerminator))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Splits the data area on field terminators. A piece takes the tag of the entry that starts exactly
    /// there; when no entry start matches any piece, pieces and entries are paired in order.
    /// </summary>
    private static List<FieldChunk> FromTerminators(List<DirectoryEntry> entries, ReadOnlySpan<byte> data, IssueList issues, int baseAddress)
    {
        var byStart = new Dictionary<int, string>();
        foreach (var entry in entries)
        {
            if (entry.Start >= 0)
            {
                byStart.TryAdd(entry.Start, entry.Tag);
            }
        }

        var pieces = new List<(int Start, int Length)>();
        for (var position = 0; position < data.Length;)
        {
            var length = data[position..].IndexOf(FieldTerminator);
            if (length < 0)
            {
                length = data.Length - position;
                issues.Warn(baseAddress + position, null, "last field has no field terminator");
            }

            pieces.Add((position, length));
            position += length + 1;
        }

        var byOffset = pieces.Count(p => byStart.ContainsKey(p.Start));
        var chunks = new List<FieldChunk>(pieces.Count);
        int orphanPieces = 0, orphanBytes = 0, orphanAt = -1;
        for (var i = 0; i < pieces.Count; i++)
        {
            var (start, length) = pieces[i];
            string? tag = byOffset > 0 ? byStart.GetValueOrDefault(start) : i < entries.Count ? entries[i].Tag : null;
            if (tag is not null)
            {
                chunks.Add(new FieldChunk(tag, start, length));
            }
            else if (length > 0)
            {
                orphanAt = orphanAt < 0 ? baseAddress + start : orphanAt;
                orphanPieces++;
                orphanBytes += length;
            }
        }

        if (orphanPieces > 0)
        {
            issues.Warn(orphanAt, null, $"{orphanPieces} pieces of field data ({orphanBytes} bytes) have no directory entry and are not read");
        }

        if (chunks.Count < entries.Count)
        {
            issues.Warn(LeaderLength, null, $"{entries.Count - chunks.Count} directory entries point at no data and are ignored");
        }

        return chunks;
    }
}
