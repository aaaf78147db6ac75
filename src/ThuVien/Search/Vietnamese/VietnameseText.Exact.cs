using System.Buffers;
using System.Text;
using ThuVien.Marc.Text;

namespace ThuVien.Search.Vietnamese;

/// <summary>How the exact form is made: composition, normalization, tone placement.</summary>
internal static partial class VietnameseText
{
    /// <summary>
    /// Lower-cases into the destination and folds combining tone and shape marks into the Vietnamese vowel
    /// before them, whatever their order (ơ + U+0323 and o + U+0323 + U+031B both give ợ). Any other
    /// character that NFC might change is left for <see cref="NormalizeInPlace"/>.
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
                lower = LowerCase(c);

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
    /// Text that normalization refuses (a lone surrogate) stays as written too.
    /// </summary>
    private static int NormalizeInPlace(Span<char> text, int length)
    {
        var current = text[..length];
        if (NormalizationRefuses(current) || current.IsNormalized(NormalizationForm.FormC))
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

    /// <summary>
    /// What .NET's normalization refuses with an exception: a lone surrogate, or U+FFFE.
    /// </summary>
    private static bool NormalizationRefuses(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyInRange('\uD800', '\uFFFE'); i >= 0 && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFFFE' || char.IsLowSurrogate(c))
            {
                return true;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return true;
                }

                i++;
            }
        }

        return false;
    }

    /// <summary>Mends every Vietnamese syllable in the text: đ for a look-alike eth, the tone mark in its traditional place.</summary>
    private static void MendSyllables(Span<char> text)
    {
        var start = 0;
        while (start < text.Length)
        {
            if (!char.IsLetter(text[start]))
            {
                start++;
                continue;
            }

            // A mark left over from composition stays in the word, which then is no syllable: moving a tone
            // next to it would let the next pass compose them.
            var end = start + 1;
            while (end < text.Length && (char.IsLetter(text[end]) || LatinFolding.IsCombiningMark(text[end])))
            {
                end++;
            }

            var word = text[start..end];
            MendEth(word);
            PlaceTone(word);
            start = end;
        }
    }

    /// <summary>
    /// Legacy fonts and converters put the Icelandic capital eth (Ð, U+00D0), which looks like Đ, into
    /// Vietnamese text, and it lower-cases to ð. Icelandic never begins a word with ð, so where it begins a
    /// Vietnamese syllable it is đ.
    /// </summary>
    private static void MendEth(Span<char> word)
    {
        if (word[0] != 'ð' || word.Length > VietnameseSyllable.MaxLength)
        {
            return;
        }

        word[0] = 'đ';
        if (!VietnameseSyllable.TryParse(word, out _))
        {
            word[0] = 'ð';
        }
    }

    private static void PlaceTone(Span<char> word)
    {
        // Only a word that parses as one whole syllable is touched, and no two syllables differ only in
        // where the tone mark sits, so moving it from any vowel is safe.
        if (word.Length < 2 || word.Length > VietnameseSyllable.MaxLength || !HasTone(word)
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

    private static bool HasTone(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c >= '\u00C0' && VietnameseLetters.TryDecompose(c, out _, out var tone) && tone != VietnameseTone.None)
            {
                return true;
            }
        }

        return false;
    }
}
