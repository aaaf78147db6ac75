namespace ThuVien.Search.Vietnamese;

internal static partial class VietnameseText
{
    // Lower-casing through ICU costs a call per letter; every letter Vietnamese and the Latin scripts use
    // lies below U+1F00, so a table made once answers those and leaves the rest to the runtime.
    private const char TableEnd = '\u1F00';
    private static readonly char[] LowerTable = MakeLowerTable();

    /// <summary>The invariant lower case of <paramref name="c"/>, by table for Latin and Vietnamese letters.</summary>
    internal static char LowerCase(char c) => c < TableEnd ? LowerTable[c] : char.ToLowerInvariant(c);

    private static char[] MakeLowerTable()
    {
        var table = new char[TableEnd];
        for (var c = 0; c < TableEnd; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
