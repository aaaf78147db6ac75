namespace ThuVien.Marc.Text;

/// <summary>
/// One MARC-8 graphic character set (MARC 21 Character Sets, Part 2). A single-byte set has 94 positions,
/// 0x21-0x7E when designated as G0 and 0xA1-0xFE as G1; the EACC set uses three such bytes a character.
/// </summary>
internal sealed class Marc8CharacterSet
{
    private readonly string _characters;
    private readonly ulong _combiningLow;
    private readonly ulong _combiningHigh;

    /// <summary>A single-byte set: <paramref name="characters"/> holds positions 0x21-0x7E (see <see cref="Marc8Tables"/>).</summary>
    public Marc8CharacterSet(string name, byte finalByte, string characters, ulong combiningLow, ulong combiningHigh)
    {
        if (characters.Length != 94)
        {
            throw new ArgumentException("A single-byte set has 94 positions.", nameof(characters));
        }

        Name = name;
        FinalByte = finalByte;
        _characters = characters;
        _combiningLow = combiningLow;
        _combiningHigh = combiningHigh;
    }

    private Marc8CharacterSet(string name, byte finalByte)
    {
        Name = name;
        FinalByte = finalByte;
        _characters = string.Empty;
        IsMultibyte = true;
    }

    /// <summary>The set's name in the LC code tables ("Basic Hebrew").</summary>
    public string Name { get; }

    /// <summary>The final byte of its escape sequence (its ISO registration), e.g. 0x32 for Basic Hebrew.</summary>
    public byte FinalByte { get; }

    /// <summary>True for EACC: three bytes a character.</summary>
    public bool IsMultibyte { get; }

    /// <summary>A multibyte set (EACC); its characters are looked up by <see cref="Marc8Eacc"/>.</summary>
    public static Marc8CharacterSet Multibyte(string name, byte finalByte) => new(name, finalByte);

    /// <summary>
    /// The character at a byte with the high bit ignored (0x21-0x7E or 0xA1-0xFE):
    /// <see cref="Marc8Tables.Unmapped"/>, <see cref="Marc8Tables.MapsToNothing"/> or a UTF-16 character.
    /// </summary>
    public char this[byte code] => _characters[(code & 0x7F) - 0x21];

    /// <summary>True when the character at <paramref name="code"/> is a combining mark (it precedes its base in MARC-8).</summary>
    public bool IsCombining(byte code)
    {
        var position = (code & 0x7F) - 0x21;
        return position < 64 ? ((_combiningLow >> position) & 1) != 0 : ((_combiningHigh >> (position - 64)) & 1) != 0;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
