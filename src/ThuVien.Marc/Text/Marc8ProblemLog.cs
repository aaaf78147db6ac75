using System.Globalization;
using System.Text;

namespace ThuVien.Marc.Text;

/// <summary>
/// Words the problems found in one MARC-8 value. Offsets are bytes from the start of the value.
/// Messages are built only when someone listens, and a damaged value lists at most a few.
/// </summary>
internal struct Marc8ProblemLog(List<string>? problems)
{
    private const int MaxListed = 10;

    private int _count;

    public void UnknownEscape(ReadOnlySpan<byte> sequence, int at)
    {
        if (Listed())
        {
            Add($"unknown escape sequence {Describe(sequence)} at byte {at} of the value; the ESC is ignored");
        }
    }

    public void IncompleteEscape(ReadOnlySpan<byte> sequence, int at)
    {
        if (Listed())
        {
            Add($"incomplete escape sequence {Describe(sequence)} at the end of the value (byte {at}); ignored");
        }
    }

    public void MismatchedEscape(ReadOnlySpan<byte> sequence, int at, Marc8CharacterSet set)
    {
        if (Listed())
        {
            Add($"escape sequence {Describe(sequence)} at byte {at} of the value designates {set.Name} as a {(set.IsMultibyte ? "single-byte" : "multibyte")} set; read as {set.Name}");
        }
    }

    public void NotInSet(byte value, int at, Marc8CharacterSet set, bool readAsAscii)
    {
        if (Listed())
        {
            Add(readAsAscii
                ? $"byte 0x{value:X2} at byte {at} of the value is not in {set.Name}; read as ASCII '{(char)value}'"
                : $"byte 0x{value:X2} at byte {at} of the value is not in {set.Name}; replaced with U+FFFD");
        }
    }

    public void UnknownControl(byte value, int at)
    {
        if (Listed())
        {
            Add($"byte 0x{value:X2} at byte {at} of the value is not a MARC-8 control function; replaced with U+FFFD");
        }
    }

    public void IncompleteEacc(ReadOnlySpan<byte> part, int at, bool readAsAscii)
    {
        if (Listed())
        {
            Add(readAsAscii
                ? $"incomplete EACC character ({part.Length} of 3 bytes) at byte {at} of the value; read as ASCII '{Encoding.ASCII.GetString(part)}'"
                : $"incomplete EACC character ({part.Length} of 3 bytes) at byte {at} of the value; replaced with U+FFFD");
        }
    }

    public void NotInEacc(ReadOnlySpan<byte> character, int at, int length)
    {
        if (Listed())
        {
            Add(length == 3
                ? $"EACC character 0x{character[0]:X2}{character[1]:X2}{character[2]:X2} at byte {at} of the value is not in the code table; replaced with U+FFFD"
                : $"EACC character 0x{character[0]:X2}{character[1]:X2}{character[2]:X2} at byte {at} of the value is not in the code table and the text realigns {(length == 1 ? "1 byte" : "2 bytes")} on (a byte seems lost); replaced with U+FFFD");
        }
    }

    public void MarksWithoutBase()
    {
        if (Listed())
        {
            Add("combining mark at the end of the value has no base character; dropped");
        }
    }

    /// <summary>Says how many problems were not listed, if any.</summary>
    public readonly void Finish()
    {
        if (problems is not null && _count > MaxListed)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"MARC-8: {_count - MaxListed} more problems in this value are not listed"));
        }
    }

    // Counts the problem; true when its message should be written.
    private bool Listed()
    {
        _count++;
        return problems is not null && _count <= MaxListed;
    }

    private readonly void Add(string message) => problems!.Add("MARC-8: " + message);

    private static string Describe(ReadOnlySpan<byte> sequence)
    {
        var text = new StringBuilder("ESC");
        foreach (var b in sequence[1..])
        {
            text.Append(' ');
            if (b is > 0x20 and < 0x7F)
            {
                text.Append((char)b);
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"0x{b:X2}");
            }
        }

        return text.ToString();
    }
}
