using System.Buffers;
using System.Text;

namespace ThuVien.Marc.Mapping;

/// <summary>
/// Removes the ISBD punctuation that AACR2/ISBD cataloguing leaves at the end of a subfield
/// (" /" before the statement of responsibility, " :" before other title information or the
/// publisher, " ;" before a series number or dimensions, " =" before a parallel title, "," and
/// the full stop that closes an area), keeping a final full stop that belongs to an abbreviation
/// ("Nxb.", "ed.", "Inc."), an initial ("Smith, John A.") or an ellipsis.
/// </summary>
internal static class IsbdPunctuation
{
    // Abbreviations that end a subfield with their own full stop in real records (AACR2 Appendix B,
    // RDA transcription, the Vietnamese publishing and academic abbreviations). Lower case.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "al", "approx", "arr", "assn", "assoc", "augm", "aufl", "bd", "bros", "ca", "cf", "ch", "co", "col",
        "comp", "comps", "corp", "corr", "dept", "diagrs", "dr", "ed", "éd", "eds", "enl", "etc", "facsim",
        "facsims", "fl", "fol", "ft", "gen", "geneal", "govt", "hon", "hrsg", "ibid", "ill", "illus", "impr",
        "in", "inc", "inst", "intl", "jr", "ltd", "min", "mr", "mrs", "ms", "natl", "no", "nos", "pbk", "port",
        "ports", "prof", "pt", "pts", "repr", "rev", "sec", "si", "soc", "sr", "st", "stereo", "trans", "univ",
        "viz", "vol", "vols",

        // Places of publication (AACR2 B.14): "Reston, Va.", "Berkeley, Calif.". Those that are also
        // words ("Me.", "Or.", "Ga.", "La.", "Miss.", "Mass.", "Wash.", "Del.") are left out.
        "ala", "alta", "ariz", "ark", "calif", "colo", "conn", "fla", "ind", "kan", "ky", "mich", "minn", "mo",
        "mont", "neb", "nev", "okla", "ont", "pa", "qué", "sask", "tenn", "tex", "va", "wis", "wyo",

        // Vietnamese: nhà xuất bản, thành phố, thị xã, trang, tái bản, giáo sư, phó giáo sư, tiến sĩ,
        // tiến sĩ khoa học, thạc sĩ, bác sĩ, kỹ sư, cử nhân.
        "nxb", "tp", "tx", "tr", "tb", "gs", "pgs", "ts", "tskh", "ths", "bs", "ks", "cn",
    };

    // Unit symbols carry no full stop of their own (AACR2 2.5D1, RDA 7.21): in "22 cm." the stop
    // closes the area and goes.
    private static readonly HashSet<string> Symbols = new(StringComparer.Ordinal)
    {
        "cm", "mm", "km", "kg", "mg", "ml", "kb", "mb", "gb", "rpm", "hz", "khz", "mhz",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SymbolLookup =
        Symbols.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> AsciiVowels = SearchValues.Create("aeiouyAEIOUY");

    // Below U+0300 and in Latin Extended Additional (U+1E00-U+1EFF, every precomposed Vietnamese letter)
    // a character is NFC by itself and nothing there composes with a preceding character: such text is
    // NFC without asking ICU, which is what most catalogue text is.
    private static readonly SearchValues<char> BeyondPlainLatin = SearchValues.Create(MakeBeyondPlainLatin());

    private static bool IsPlainlyComposed(string value) => value.AsSpan().IndexOfAny(BeyondPlainLatin) < 0;

    private static string MakeBeyondPlainLatin()
    {
        var chars = new StringBuilder();
        for (var c = '\u0300'; c < '\u1E00'; c++)
        {
            chars.Append(c);
        }

        for (var c = '\u1F00'; c < '\uFFFF'; c++)
        {
            chars.Append(c);
        }

        return chars.Append('\uFFFF').ToString();
    }

    /// <summary>NFC, trimmed of white space at both ends and of trailing ISBD punctuation.</summary>
    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsPlainlyComposed(value) && !value.IsNormalized(NormalizationForm.FormC))
        {
            value = value.Normalize(NormalizationForm.FormC);
        }

        var span = value.AsSpan();
        var start = 0;
        while (start < span.Length && char.IsWhiteSpace(span[start]))
        {
            start++;
        }

        var end = TrimmedEnd(span[start..]) + start;
        return start == 0 && end == value.Length ? value : value[start..end];
    }

    /// <summary>The length of <paramref name="text"/> without its trailing white space and ISBD punctuation.</summary>
    public static int TrimmedEnd(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (true)
        {
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end == 0)
            {
                return 0;
            }

            var last = text[end - 1];
            var strip = last switch
            {
                ',' or ':' or '=' => true,

                // "&#x1EA1;" is a numeric character reference left by some MARC-8 converters: keep it.
                ';' => !EndsWithCharacterReference(text[..end]),

                // Only " /" is ISBD; a slash touching the text ends a URL or a fraction.
                '/' => end >= 2 && char.IsWhiteSpace(text[end - 2]),
                '.' => !IsAbbreviationStop(text[..end]),
                _ => false,
            };
            if (!strip)
            {
                return end;
            }

            end--;
        }
    }

    /// <summary>True when the full stop ending <paramref name="text"/> belongs to the word before it.</summary>
    internal static bool IsAbbreviationStop(ReadOnlySpan<char> text)
    {
        var stop = text.Length - 1;
        if (stop > 0 && text[stop - 1] == '.')
        {
            return true; // an ellipsis ("Và rồi...") is text, not punctuation
        }

        var start = stop;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var token = text[start..stop];
        if (token.IsEmpty)
        {
            return false; // "1995.", "[1995].", "(N.Y.)."
        }

        if (token.Contains('.'))
        {
            return true; // "U.S.", "J.R.R.", "Ph.D.", "s.l."
        }

        if (token.Length == 1)
        {
            // An initial ("Smith, John A.", "H." for Hà Nội) or a one-letter abbreviation ("p.", "v."),
            // but not an ordinal suffix such as the "e" of "2e.".
            return start == 0 || !char.IsDigit(text[start - 1]);
        }

        if (IsUpperCase(token))
        {
            return false; // an acronym ("UNESCO", "ĐHQG", "NXB") takes no full stop of its own
        }

        if (token.Length > 16)
        {
            return false;
        }

        Span<char> word = stackalloc char[token.Length];
        token.ToLowerInvariant(word);
        if (AbbreviationLookup.Contains(word))
        {
            return true;
        }

        // A token without a vowel is not a word ("Nxb", "Ph", "Th", "Mr", "Ltd"): an abbreviation,
        // unless it is a unit symbol.
        return !HasVowel(token) && !SymbolLookup.Contains(word);
    }

    private static bool IsUpperCase(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasVowel(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            // Outside ASCII almost every Latin letter that occurs is a vowel with a diacritic
            // (Vietnamese ă â ê ô ơ ư and the toned forms; French, German); đ, ñ, ç, ß are the exceptions.
            if (AsciiVowels.Contains(c) || (c > '\u007f' && c is not ('đ' or 'Đ' or 'ñ' or 'Ñ' or 'ç' or 'Ç' or 'ß')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithCharacterReference(ReadOnlySpan<char> text)
    {
        var amp = text.LastIndexOf('&');
        return amp >= 0 && !text[amp..].ContainsAny(' ', '\t');
    }
}
