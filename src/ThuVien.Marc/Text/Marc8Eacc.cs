namespace ThuVien.Marc.Text;

/// <summary>
/// Looks up East Asian Character Code (EACC, ANSI/NISO Z39.64) characters in the generated table.
/// The row index is built on first use, so records without CJK never pay for it.
/// </summary>
internal static class Marc8Eacc
{
    private const int Positions = 94;

    // For each (first, second) byte pair, the offset in EaccRows of the row's first (third byte, character) pair; 0 = no row.
    private static readonly ushort[] RowOffsets = BuildRowOffsets(Marc8Tables.EaccRows);

    /// <summary>The code point for three EACC bytes (their high bits ignored), or -1 when the table has none.</summary>
    public static int Lookup(byte first, byte second, byte third)
    {
        int b1 = first & 0x7F, b2 = second & 0x7F, b3 = third & 0x7F;
        if (b1 is < 0x21 or > 0x7E || b2 is < 0x21 or > 0x7E)
        {
            return -1;
        }

        var offset = RowOffsets[((b1 - 0x21) * Positions) + (b2 - 0x21)];
        if (offset == 0)
        {
            return -1;
        }

        var rows = Marc8Tables.EaccRows;
        int low = 0, high = rows[offset - 1] - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            var cell = rows[offset + (2 * middle)];
            if (cell == b3)
            {
                var character = rows[offset + (2 * middle) + 1];
                return character == Marc8Tables.SupplementaryMarker
                    ? Marc8Tables.EaccSupplementary((b1 << 16) | (b2 << 8) | b3)
                    : character;
            }

            if (cell < b3)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Punctuation that Innovative Interfaces (III) systems write as EACC codes outside ANSI/NISO Z39.64
    /// (bytes in the C0 range and 0x7F included); pymarc reads them the same way. -1 for any other bytes.
    /// </summary>
    public static int Extension(ReadOnlySpan<byte> character) => ((character[0] << 16) | (character[1] << 8) | character[2]) switch
    {
        0x21203D => 0x2026, // horizontal ellipsis
        0x212040 => 0x201C, // left double quotation mark
        0x7F2014 => 0x2014, // em dash
        0x7F2019 => 0x2019, // right single quotation mark
        0x7F2020 => 0x201D, // right double quotation mark
        0x7F2122 => 0x2122, // trade mark sign
        _ => -1,
    };

    private static ushort[] BuildRowOffsets(string rows)
    {
        var offsets = new ushort[Positions * Positions];
        var at = 0;
        while (at < rows.Length)
        {
            int first = rows[at], second = rows[at + 1], count = rows[at + 2];
            offsets[((first - 0x21) * Positions) + (second - 0x21)] = checked((ushort)(at + 3));
            at += 3 + (2 * count);
        }

        return offsets;
    }
}
