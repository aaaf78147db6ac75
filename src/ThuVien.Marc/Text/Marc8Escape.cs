namespace ThuVien.Marc.Text;

/// <summary>
/// MARC-8 escape sequences (MARC 21 Specifications, Character Sets, Part 2, "Accessing alternate graphic
/// character sets"). Technique 1: ESC g, ESC b, ESC p and ESC s put Greek symbols, subscripts,
/// superscripts or ASCII in G0. Technique 2 (ANSI X3.41 / ISO 2022): ESC I F designates the set with
/// final F, where I is "(" or "," for G0, ")" or "-" for G1, and "$", "$(" or "$," (G0) or "$)" or "$-"
/// (G1) for the multibyte EACC set.
/// </summary>
internal static class Marc8Escape
{
    public const byte Esc = 0x1B;

    /// <summary>
    /// Applies the escape sequence starting at <paramref name="at"/> (an ESC) and returns how many bytes it
    /// takes. An unknown or broken sequence changes nothing and takes only the ESC, so what follows is
    /// still read as text.
    /// </summary>
    public static int Apply(ReadOnlySpan<byte> bytes, int at, ref Marc8CharacterSet g0, ref Marc8CharacterSet g1, ref Marc8ProblemLog log)
    {
        var rest = bytes[(at + 1)..];
        if (rest.IsEmpty)
        {
            log.IncompleteEscape(bytes[at..], at);
            return 1;
        }

        var technique1 = rest[0] switch
        {
            (byte)'s' => Marc8Tables.BasicLatin,
            (byte)'g' => Marc8Tables.GreekSymbols,
            (byte)'b' => Marc8Tables.Subscripts,
            (byte)'p' => Marc8Tables.Superscripts,
            _ => null,
        };
        if (technique1 is not null)
        {
            g0 = technique1;
            return 2;
        }

        var index = 0;
        var multibyte = rest[0] == (byte)'$';
        if (multibyte)
        {
            index++;
        }

        bool? toG1 = index < rest.Length ? rest[index] switch
        {
            (byte)'(' or (byte)',' => false,
            (byte)')' or (byte)'-' => true,
            _ => null,
        } : null;
        if (toG1 is not null)
        {
            index++;
        }
        else if (!multibyte || index >= rest.Length)
        {
            // "ESC $ 1" is the short form for G0; anything else without an intermediate is not MARC-8.
            return Unknown(bytes, at, index, ref log);
        }

        // ANSEL also appears with the two-byte final "!E" of its ISO registration (yaz and marc4j accept it).
        var twoByteFinal = index < rest.Length && rest[index] == (byte)'!';
        if (twoByteFinal)
        {
            index++;
        }

        if (index >= rest.Length)
        {
            log.IncompleteEscape(bytes[at..], at);
            return bytes.Length - at;
        }

        var set = twoByteFinal
            ? (rest[index] == (byte)'E' ? Marc8Tables.ExtendedLatin : null)
            : Designated(rest[index]);
        if (set is null)
        {
            return Unknown(bytes, at, index, ref log);
        }

        if (set.IsMultibyte != multibyte)
        {
            log.MismatchedEscape(bytes.Slice(at, index + 2), at, set);
        }

        if (toG1 == true)
        {
            g1 = set;
        }
        else
        {
            g0 = set;
        }

        return index + 2;
    }

    private static int Unknown(ReadOnlySpan<byte> bytes, int at, int index, ref Marc8ProblemLog log)
    {
        if (at + 1 + index >= bytes.Length)
        {
            log.IncompleteEscape(bytes[at..], at);
            return bytes.Length - at;
        }

        log.UnknownEscape(bytes.Slice(at, index + 2), at);
        return 1;
    }

    // The technique 2 final bytes of MARC 21 Character Sets, Part 2.
    private static Marc8CharacterSet? Designated(byte final) => final switch
    {
        (byte)'B' => Marc8Tables.BasicLatin,
        (byte)'E' => Marc8Tables.ExtendedLatin,
        (byte)'2' => Marc8Tables.BasicHebrew,
        (byte)'N' => Marc8Tables.BasicCyrillic,
        (byte)'Q' => Marc8Tables.ExtendedCyrillic,
        (byte)'3' => Marc8Tables.BasicArabic,
        (byte)'4' => Marc8Tables.ExtendedArabic,
        (byte)'S' => Marc8Tables.BasicGreek,
        (byte)'1' => Marc8Tables.Eacc,
        _ => null,
    };
}
