using System.Buffers;
using System.Text;

namespace ThuVien.Search.Vietnamese;

/// <summary>
/// The two forms of a word that the index and the query side compare: the exact form keeps every
/// diacritic, since each one changes a Vietnamese syllable's meaning; the folded form drops them all, for
/// readers who type without diacritics. Both run per token, so both work on spans by table lookup.
/// </summary>
internal static class VietnameseText
{
    // Strings up to this length are rewritten on the stack; longer ones rent a buffer.
    private const int StackLimit = 256;

    // Room for the rare normalization that lengthens a string (U+0344 → U+0308 U+0301).
    private const int NormalizationRoom = 8;

    /// <summary>
    /// The exact form: NFC, lower case (invariant), and in every Vietnamese syllable the tone mark in the
    /// traditional place, so that hoà/hòa, thuỷ/thủy, khoẻ/khỏe and qúy/quý are one word. The traditional
    /// placement (hòa, thủy, khỏe) is chosen because it is what most catalogue records, dictionaries and
    /// the older national standards use. Text that is not Vietnamese comes back in NFC, lower case.
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

        PlaceTones(destination[..written]);
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
                first = char.ToLowerInvariant(c);
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

    /// <summary>
    /// Lower-cases into the destination and folds combining tone and shape marks into the Vietnamese vowel
    /// before them, whatever their order (ơ + ̣ and o + ̣ + ̛ both give ợ). Any other character that NFC might
    /// change is left for <see cref="NormalizeInPlace"/>.
    /// </summary>
    private static int Compose(ReadOnlySpan<char> token, Span<char> destination, out bool needsNormalization)
    {
        needsNormalization = false;
        var written = 0;
        foreach (var c in token)
        {
            var lower = c;
            if (c < '\u0080')
            {
                lower = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else if (c is >= '\u0300' and <= '\u036F')
            {
                if (written > 0 && TryAbsorb(ref destination[written - 1], c))
                {
                    continue;
                }

                needsNormalization = true;
            }
            else
            {
                lower = char.ToLowerInvariant(c);

                // Latin-1, Latin Extended-A/B and the Vietnamese block are NFC as they stand.
                needsNormalization |= c >= '\u0250' && c is not (>= '\u1EA0' and <= '\u1EFF');
            }

            if (written == destination.Length)
            {
                break;
            }

            destination[written++] = lower;
        }

        return written;
    }

    private static bool TryAbsorb(ref char letter, char mark)
    {
        if (!VietnameseLetters.TryDecompose(letter, out var vowel, out var tone))
        {
            return false;
        }

        if (VietnameseLetters.TryGetToneMark(mark, out var added))
        {
            if (tone != VietnameseTone.None)
            {
                return false;
            }

            letter = VietnameseLetters.Compose(vowel, added);
            return true;
        }

        var reshaped = VietnameseLetters.Reshape(vowel, mark);
        if (reshaped < 0)
        {
            return false;
        }

        letter = VietnameseLetters.Compose(reshaped, tone);
        return true;
    }

    /// <summary>
    /// NFC for what the Vietnamese tables do not cover. In globalization-invariant mode .NET leaves
    /// non-ASCII text as it is, so there such text stays as written; Vietnamese is composed either way.
    /// </summary>
    private static int NormalizeInPlace(Span<char> text, int length)
    {
        var current = text[..length];
        if (current.IsNormalized(NormalizationForm.FormC))
        {
            return length;
        }

        char[]? rented = null;
        var buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            if (!current.TryNormalize(buffer, out var written, NormalizationForm.FormC) || written > text.Length)
            {
                return length;
            }

            buffer[..written].CopyTo(text);
            return written;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Moves the tone mark of every Vietnamese syllable in the text to its traditional place.</summary>
    private static void PlaceTones(Span<char> text)
    {
        var start = 0;
        while (start < text.Length)
        {
            if (!char.IsLetter(text[start]))
            {
                start++;
                continue;
            }

            var end = start + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            PlaceTone(text[start..end]);
            start = end;
        }
    }

    private static void PlaceTone(Span<char> word)
    {
        // Every syllable is a whole valid one, so no two syllables differ only in where the mark sits:
        // moving it from any vowel is safe.
        if (word.Length < 2 || word.Length > VietnameseSyllable.MaxLength
            || !VietnameseSyllable.TryParse(word, out var parts)
            || parts.Tone == VietnameseTone.None || parts.TonePosition == parts.TraditionalTonePosition)
        {
            return;
        }

        VietnameseLetters.TryDecompose(word[parts.TonePosition], out var from, out _);
        VietnameseLetters.TryDecompose(word[parts.TraditionalTonePosition], out var to, out _);
        word[parts.TonePosition] = VietnameseLetters.Bare(from);
        word[parts.TraditionalTonePosition] = VietnameseLetters.Compose(to, parts.Tone);
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
