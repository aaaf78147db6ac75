using System.Collections.Frozen;

namespace ThuVien.Marc.Text;

/// <summary>
/// Tells whether a word is a well-formed written Vietnamese syllable: an onset, a rhyme from the closed
/// set of Vietnamese rhymes, at most one tone, on the vowel that carries it, and only sắc or nặng before
/// a stop final (-c, -ch, -p, -t). Used to judge a guessed decoding, so it errs on the strict side.
/// </summary>
internal static class VietnameseSyllable
{
    /// <summary>The longest written syllable ("nghiêng") has 7 letters.</summary>
    public const int MaxLength = 7;

    // Onsets, longest first so that "ngh" wins over "ng" and "n".
    private static readonly string[] Onsets =
        ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
         "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];

    // Every toneless rhyme of the standard orthography (vowel cluster + final).
    private static readonly FrozenSet<string> Rhymes = FrozenSet.Create(StringComparer.Ordinal,
        "a", "ai", "ao", "au", "ay", "ac", "ach", "am", "an", "ang", "anh", "ap", "at",
        "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
        "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
        "e", "eo", "ec", "em", "en", "eng", "ep", "et",
        "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
        "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu",
        "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
        "y", "yêm", "yên", "yêt", "yêu",
        "o", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
        "oăc", "oăm", "oăn", "oăng", "oăt", "oc", "oe", "oen", "oeo", "oet", "oi", "om", "on", "ong",
        "ooc", "oong", "op", "ot",
        "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "uân", "uâng", "uât", "uây", "uc", "uê", "uêch", "uênh", "ui", "um", "un", "ung", "up", "ut",
        "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyp", "uyt", "uyu",
        "uôc", "uôi", "uôm", "uôn", "uông", "uôt", "uơ",
        "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu",
        "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RhymeLookup =
        Rhymes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (any case, NFC) is a valid Vietnamese syllable.</summary>
    public static bool IsValid(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength)
        {
            return false;
        }

        Span<char> bare = stackalloc char[MaxLength];
        var tone = VietnameseLetters.NoTone;
        var tonePosition = -1;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (VietnameseLetters.TryDecompose(c, out var vowel, out var t, out _))
            {
                bare[i] = VietnameseLetters.BaseLower(vowel);
                if (t != VietnameseLetters.NoTone)
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
                c = char.ToLowerInvariant(c);
                if (!IsConsonant(c))
                {
                    return false;
                }

                bare[i] = c;
            }
        }

        return IsValid(bare[..word.Length], tone, tonePosition);
    }

    private static bool IsValid(ReadOnlySpan<char> bare, int tone, int tonePosition)
    {
        var onset = Onset(bare);
        var rhymeStart = onset.Length;
        if (onset is "gi")
        {
            // "gi" before a vowel is one consonant ("gia", "giữ"); otherwise its i is the vowel ("gì", "gìn").
            if (rhymeStart == bare.Length || !IsVowel(bare[rhymeStart]) || !IsValidRhyme(bare, "gi", rhymeStart, tone, tonePosition))
            {
                return IsValidRhyme(bare, "gi", 1, tone, tonePosition);
            }

            return true;
        }

        return IsValidRhyme(bare, onset, rhymeStart, tone, tonePosition);
    }

    private static bool IsValidRhyme(ReadOnlySpan<char> bare, string onset, int start, int tone, int tonePosition)
    {
        var rhyme = bare[start..];
        if (rhyme.IsEmpty || !IsVowel(rhyme[0]) || !RhymeLookup.Contains(rhyme) || (tonePosition >= 0 && tonePosition < start))
        {
            return false;
        }

        var vowels = 0;
        while (vowels < rhyme.Length && IsVowel(rhyme[vowels]))
        {
            vowels++;
        }

        var cluster = rhyme[..vowels];
        var final = rhyme[vowels..];
        if (final is "c" or "ch" or "p" or "t" && tone is not (VietnameseLetters.Acute or VietnameseLetters.DotBelow))
        {
            return false;
        }

        if (tonePosition >= 0 && !ToneSitsRight(cluster, final.IsEmpty, tonePosition - start))
        {
            return false;
        }

        return OnsetFits(onset, cluster);
    }

    /// <summary>The tone goes on the main vowel; "oa", "oe", "uy" accept both the old and the new placement.</summary>
    private static bool ToneSitsRight(ReadOnlySpan<char> cluster, bool open, int position)
    {
        if (!open || cluster.Length == 1)
        {
            return position == cluster.Length - 1;
        }

        if (cluster.Length == 3)
        {
            return position == 1;
        }

        return cluster switch
        {
            "oa" or "oe" or "uy" => position is 0 or 1,
            "uê" or "uơ" => position == 1,
            _ => position == 0,
        };
    }

    private static bool OnsetFits(string onset, ReadOnlySpan<char> cluster)
    {
        var front = cluster[0] is 'i' or 'e' or 'ê' or 'y';
        switch (onset)
        {
            case "k" or "gh" or "ngh":
                return front;
            case "c" or "g" or "ng" when front:
                return false;
            case "qu":
                return cluster[0] is not ('o' or 'u');
        }

        // A rounding glide (hoa, huế, tuy, xuân) never follows a labial, c or gi; /kw/ is written qu.
        var glide = cluster.Length > 1
            && ((cluster[0] == 'o' && cluster[1] is 'a' or 'ă' or 'e')
                || (cluster[0] == 'u' && cluster[1] is 'â' or 'ê' or 'y' or 'ơ'));
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

    private static bool IsVowel(char c) => c is 'a' or 'ă' or 'â' or 'e' or 'ê' or 'i' or 'o' or 'ô' or 'ơ' or 'u' or 'ư' or 'y';

    private static bool IsConsonant(char c) => c is 'b' or 'c' or 'd' or 'đ' or 'g' or 'h' or 'k' or 'l' or 'm' or 'n'
        or 'p' or 'q' or 'r' or 's' or 't' or 'v' or 'x';
}
