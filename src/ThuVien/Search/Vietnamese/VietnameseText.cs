using System.Buffers;
using ThuVien.Marc.Text;

namespace ThuVien.Search.Vietnamese;

/// <summary>
/// The two forms of a word that the index and the query side compare: the exact form keeps every
/// diacritic, since each one changes a Vietnamese syllable's meaning; the folded form drops them all, for
/// readers who type without diacritics. Both run per token, so both work on spans by table lookup.
/// </summary>
internal static partial class VietnameseText
{
    // Strings up to this length are rewritten on the stack; longer ones rent a buffer.
    private const int StackLimit = 256;

    // Room for the rare normalization that lengthens a string (U+0344 → U+0308 U+0301).
    private const int NormalizationRoom = 8;

    /// <summary>
    /// The exact form: NFC, lower case (invariant), and in every Vietnamese syllable the tone mark in the
    /// traditional place, so that hoà/hòa, thuỷ/thủy, khoẻ/khỏe and qúy/quý are one word. The traditional
    /// placement (hòa, thủy, khỏe) is chosen as the more widespread in print and in existing catalogue
    /// records. Text that is not Vietnamese comes back in NFC, lower case.
    /// </summary>
    public static string Exact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var size = text.Length + NormalizationRoom;
        char[]? rented = null;
        var buffer = size <= StackLimit ? stackalloc char[size] : (rented = ArrayPool<char>.Shared.Rent(size));
        try
        {
            var exact = buffer[..Exact(text, buffer)];
            return exact.SequenceEqual(text) ? text : new string(exact);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The exact form of one token (already split on whitespace) into <paramref name="destination"/>,
    /// returning the length written. A destination as long as the token always holds the result of
    /// Vietnamese text, which only ever shrinks; a few more chars leave room for normalizations elsewhere
    /// in Unicode that lengthen text, and without that room such a token stays unnormalized. A destination
    /// shorter than the token gets as much as fits.
    /// </summary>
    public static int Exact(ReadOnlySpan<char> token, Span<char> destination)
    {
        var written = Compose(token, destination, out var needsNormalization);
        if (needsNormalization)
        {
            written = NormalizeInPlace(destination, written);
        }

        MendSyllables(destination[..written]);
        return written;
    }

    /// <summary>
    /// The folded form: lower case, every diacritic removed, đ → d, and other Latin letters folded too
    /// (é → e, ü → u, ø → o, æ → ae, ß → ss). Reads NFC and NFD alike. Never more than twice as long.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsFolding(text))
        {
            return text;
        }

        var size = text.Length * 2;
        char[]? rented = null;
        var buffer = size <= StackLimit ? stackalloc char[size] : (rented = ArrayPool<char>.Shared.Rent(size));
        try
        {
            return new string(buffer[..Fold(text, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The folded form of one token into <paramref name="destination"/>, returning the length written.
    /// Twice the token's length always suffices; a shorter destination gets as much as fits.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> token, Span<char> destination)
    {
        var written = 0;
        foreach (var c in token)
        {
            char first;
            var second = '\0';
            if (c < '\u0080')
            {
                first = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else if (LatinFolding.IsCombiningMark(c))
            {
                continue;
            }
            else if (!LatinFolding.TryFold(c, out first, out second))
            {
                // Signs that lower-case to a Latin letter (Å ANGSTROM SIGN to å) fold as that letter.
                first = LowerCase(c);
                if (first != c && LatinFolding.TryFold(first, out var plain, out second))
                {
                    first = plain;
                }
            }

            if (written == destination.Length)
            {
                break;
            }

            destination[written++] = first;
            if (second != '\0' && written < destination.Length)
            {
                destination[written++] = second;
            }
        }

        return written;
    }

    /// <summary>
    /// True when the text carries a Vietnamese diacritic: a tone, a vowel shape (ă â ê ô ơ ư) or đ,
    /// precomposed or as a combining mark on a vowel.
    /// </summary>
    public static bool HasVietnameseDiacritics(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u00C0')
            {
                continue;
            }

            if (c is 'đ' or 'Đ')
            {
                return true;
            }

            if (VietnameseLetters.TryDecompose(c, out var vowel, out var tone))
            {
                if (tone != VietnameseTone.None || VietnameseLetters.Bare(vowel) is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y'))
                {
                    return true;
                }
            }
            else if ((VietnameseLetters.IsShapeMark(c) || VietnameseLetters.TryGetToneMark(c, out _))
                && i > 0 && VietnameseLetters.TryDecompose(text[i - 1], out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsFolding(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0080' || char.IsAsciiLetterUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
