namespace ThuVien.Marc.Text;

/// <summary>
/// Whether a word is a well-formed written Vietnamese syllable: an onset, a rhyme from the closed list of
/// the orthography, the spelling rules that tie them (k, gh, ngh before i e ê; c, g, ng elsewhere; qu),
/// at most one tone mark, on a vowel where a tone may sit, and only sắc or nặng on a syllable that ends in
/// a stop (-p -t -c -ch). It errs on the strict side: it judges a guessed legacy decoding, and it guards
/// the search input decoder against English words.
/// </summary>
internal static class VietnameseSyllable
{
    /// <summary>The longest written syllables (nghiêng, nghoằng) have 7 letters.</summary>
    public const int MaxLength = 7;

    // Longest first, so that "ngh" wins over "ng" and "n".
    private static readonly string[] Onsets =
        ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
         "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];

    /// <summary>
    /// True when <paramref name="syllable"/> (NFC, any case) is a valid syllable with its tone mark in the
    /// traditional (hòa, thủy) or the modern (hoà, thuỷ) place.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> syllable) =>
        TryParse(syllable, out var parts) && ToneFits(parts)
        && (parts.Tone == VietnameseTone.None
            || parts.TonePosition == parts.TraditionalTonePosition
            || parts.TonePosition == parts.ModernTonePosition);

    /// <summary>A stop final takes only sắc or nặng; any other syllable takes any tone.</summary>
    public static bool ToneFits(in VietnameseSyllableParts parts) =>
        !parts.EndsInStop || parts.Tone is VietnameseTone.Acute or VietnameseTone.DotBelow;

    /// <summary>
    /// Takes a syllable apart: onset, rhyme and spelling must be valid and there must be at most one tone
    /// mark, wherever it sits (callers judge the place and the stop rule).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> syllable, out VietnameseSyllableParts parts)
    {
        parts = default;
        if (syllable.IsEmpty || syllable.Length > MaxLength)
        {
            return false;
        }

        Span<char> bare = stackalloc char[MaxLength];
        var tone = VietnameseTone.None;
        var tonePosition = -1;
        for (var i = 0; i < syllable.Length; i++)
        {
            var c = syllable[i];
            if (VietnameseLetters.TryDecompose(c, out var vowel, out var t))
            {
                bare[i] = VietnameseLetters.Bare(vowel);
                if (t != VietnameseTone.None)
                {
                    if (tonePosition >= 0)
                    {
                        return false;
                    }

                    tone = t;
                    tonePosition = i;
                }
            }
            else
            {
                c = LowerCase(c);
                if (!IsConsonant(c))
                {
                    return false;
                }

                bare[i] = c;
            }
        }

        bare = bare[..syllable.Length];
        var onset = Onset(bare);
        var rhymeStart = onset.Length;
        if (onset is "gi")
        {
            // "gi" before a vowel is one consonant (gia, giữ, giường); otherwise its i is the vowel
            // (gì, gìn, giếng).
            var rest = bare[2..];
            if (rest.IsEmpty || rest[0] is 'i' or 'y' || !VietnameseRhymes.Contains(rest))
            {
                rhymeStart = 1;
            }
        }

        var rhyme = bare[rhymeStart..];
        if (rhyme.IsEmpty || !VietnameseLetters.IsBareVowel(rhyme[0]) || !VietnameseRhymes.Contains(rhyme)
            || !OnsetFits(onset, rhyme))
        {
            return false;
        }

        var vowels = 1;
        while (vowels < rhyme.Length && VietnameseLetters.IsBareVowel(rhyme[vowels]))
        {
            vowels++;
        }

        var (traditional, modern) = TonePlaces(rhyme[..vowels], open: vowels == rhyme.Length);
        var final = rhyme[vowels..];
        parts = new VietnameseSyllableParts(
            rhymeStart,
            tone,
            tonePosition,
            rhymeStart + traditional,
            rhymeStart + modern,
            EndsInStop: final is "c" or "ch" or "p" or "t");
        return true;
    }

    /// <summary>
    /// Where the tone mark sits in a vowel cluster: on the vowel with a hat or a horn (on ơ in ươ); else on
    /// the last vowel before a final consonant; else on the middle one of three; else, for two, on the first
    /// (mía, múa, tài). Only oa, oe and uy without a final differ between the traditional placement (hòa,
    /// khỏe, thủy) and the modern one (hoà, khoẻ, thuỷ): both are valid, and search writes the traditional.
    /// </summary>
    private static (int Traditional, int Modern) TonePlaces(ReadOnlySpan<char> cluster, bool open)
    {
        for (var i = cluster.Length - 1; i >= 0; i--)
        {
            if (cluster[i] is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư')
            {
                return (i, i);
            }
        }

        if (!open)
        {
            return (cluster.Length - 1, cluster.Length - 1);
        }

        return cluster.Length switch
        {
            1 => (0, 0),
            3 => (1, 1),
            _ => cluster is "oa" or "oe" or "uy" ? (0, 1) : (0, 0),
        };
    }

    private static bool OnsetFits(string onset, ReadOnlySpan<char> rhyme)
    {
        var front = rhyme[0] is 'i' or 'e' or 'ê' or 'y';
        switch (onset)
        {
            case "" when rhyme.StartsWith("iê"):
                return false; // written yê without an onset: yên, yêu
            case not ("" or "qu") when rhyme.StartsWith("yê"):
                return false; // after a consonant it is iê (tiên) or uyê (tuyên)
            case "k":
                return front;
            case "gh" or "ngh":
                return rhyme[0] is 'i' or 'e' or 'ê';
            case "c" or "g" or "ng" when front:
                return false;
            case "qu":
                return rhyme[0] is not ('o' or 'u' or 'ư');
        }

        // A rounding glide (hoa, huế, tuy, xuân) never follows a labial, c or gi: /kw/ is written qu.
        var glide = rhyme.Length > 1
            && ((rhyme[0] == 'o' && rhyme[1] is 'a' or 'ă' or 'e')
                || (rhyme[0] == 'u' && rhyme[1] is 'â' or 'ê' or 'y' or 'ơ'));
        return !glide || onset is not ("b" or "m" or "p" or "ph" or "v" or "c" or "gi");
    }

    private static string Onset(ReadOnlySpan<char> bare)
    {
        foreach (var onset in Onsets)
        {
            if (bare.StartsWith(onset, StringComparison.Ordinal))
            {
                return onset;
            }
        }

        return string.Empty;
    }

    // Consonants are ASCII or Đ; the runtime call is left for the rare other letter (KELVIN SIGN lower-cases to k).
    private static char LowerCase(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        < '\u0080' => c,
        'Đ' => 'đ',
        _ => char.ToLowerInvariant(c),
    };

    private static bool IsConsonant(char c) => c is 'b' or 'c' or 'd' or 'đ' or 'g' or 'h' or 'k' or 'l' or 'm' or 'n'
        or 'p' or 'q' or 'r' or 's' or 't' or 'v' or 'x';
}
