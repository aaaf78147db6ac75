using ThuVien.Marc.Text;

namespace ThuVien.Search.Vietnamese;

/// <summary>
/// Recognises a word a reader typed in Telex or VNI without an input method ("vieejt", "vie65t") and gives
/// back the syllable meant ("việt"). Only a well-formed Vietnamese syllable with at least one Telex or VNI
/// key comes back, so English words, numbers and plain unaccented Vietnamese are left alone.
/// </summary>
internal static class VietnameseInput
{
    // The longest syllable with every key typed separately ("nghieeengx") stays well within this.
    private const int MaxTypedLength = 16;

    /// <summary>
    /// The syllable <paramref name="word"/> spells in Telex (letters only) or VNI (letters and digits),
    /// in exact form (NFC, lower case, tone in the traditional place), or null.
    /// </summary>
    public static string? Decode(string? word)
    {
        if (string.IsNullOrEmpty(word) || word.Length > MaxTypedLength)
        {
            return null;
        }

        Span<char> letters = stackalloc char[MaxTypedLength];
        var typed = word.AsSpan();
        int length;
        VietnameseTone tone;
        var read = typed.IndexOfAnyInRange('0', '9') >= 0
            ? Vni.TryRead(typed, letters, out length, out tone)
            : Telex.TryRead(typed, letters, out length, out tone);
        if (!read)
        {
            return null;
        }

        var syllable = letters[..length];

        // "ưo" is never Vietnamese; the keyboards turn it into ươ ("truwongf", "tru7ong2": trường).
        var half = syllable.IndexOf("ưo");
        if (half >= 0)
        {
            syllable[half + 1] = 'ơ';
        }

        if (Place(syllable, tone))
        {
            return new string(syllable);
        }

        // Both keyboards put a horn on u and o together; thuở and huơ have it on the o alone.
        var horned = syllable.IndexOf("ươ");
        if (horned >= 0)
        {
            syllable[horned] = 'u';
            if (Place(syllable, tone))
            {
                return new string(syllable);
            }
        }

        return null;
    }

    /// <summary>Puts the tone on its traditional place and tells whether the syllable is then valid.</summary>
    private static bool Place(Span<char> syllable, VietnameseTone tone)
    {
        // Clear any tone from an earlier attempt, then parse the bare letters.
        for (var i = 0; i < syllable.Length; i++)
        {
            if (VietnameseLetters.TryDecompose(syllable[i], out var vowel, out _))
            {
                syllable[i] = VietnameseLetters.Bare(vowel);
            }
        }

        if (!VietnameseSyllable.TryParse(syllable, out var parts))
        {
            return false;
        }

        if (tone != VietnameseTone.None)
        {
            var at = parts.TraditionalTonePosition;
            VietnameseLetters.TryDecompose(syllable[at], out var vowel, out _);
            syllable[at] = VietnameseLetters.Compose(vowel, tone);
        }

        return VietnameseSyllable.IsValid(syllable);
    }
}
