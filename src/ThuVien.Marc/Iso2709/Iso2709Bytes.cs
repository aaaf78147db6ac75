namespace ThuVien.Marc.Iso2709;

/// <summary>The structural bytes of ISO 2709 (ISO 2709:2008 §4).</summary>
internal static class Iso2709Bytes
{
    public const byte SubfieldDelimiter = 0x1F;
    public const byte FieldTerminator = 0x1E;
    public const byte RecordTerminator = 0x1D;
    public const int LeaderLength = 24;

    public static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    /// <summary>Parses a run of ASCII digits; -1 when any byte is not a digit.</summary>
    public static int ParseNumber(ReadOnlySpan<byte> digits)
    {
        if (digits.IsEmpty)
        {
            return -1;
        }

        var value = 0;
        foreach (var b in digits)
        {
            if (!IsDigit(b))
            {
                return -1;
            }

            value = (value * 10) + (b - '0');
        }

        return value;
    }

    /// <summary>True when a valid MARC21 indicator: a lowercase letter, a digit or a blank (MARC21slim.xsd).</summary>
    public static bool IsValidIndicator(char c) => c is ' ' or (>= '0' and <= '9') or (>= 'a' and <= 'z');

    /// <summary>True when a subfield code MARC21slim.xsd accepts: printable ASCII except blank.</summary>
    public static bool IsValidSubfieldCode(char c) => c is > ' ' and < (char)0x7F;
}
