using ThuVien.Marc.Text;

namespace ThuVien.Search.Vietnamese;

/// <summary>
/// Reads a word typed in Telex without an input method: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, w alone ư,
/// uow ươ, dd đ; after the first vowel s f r x j are the tones sắc, huyền, hỏi, ngã, nặng (anywhere:
/// "tieengs" and "tieesng" are both tiếng) and z clears the tone.
/// </summary>
internal static class Telex
{
    /// <summary>
    /// The letters and tone of <paramref name="word"/>, or false when it is not ASCII letters or carries no
    /// Telex key at all (a plain "viet" is a word of its own, not Telex).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> word, Span<char> letters, out int length, out VietnameseTone tone)
    {
        length = 0;
        tone = VietnameseTone.None;
        var keyed = false;
        var sawVowel = false;
        var lastToneKey = '\0';
        foreach (var typed in word)
        {
            if (!char.IsAsciiLetter(typed))
            {
                return false;
            }

            var c = (char)(typed | 0x20);
            if (sawVowel && ToneOf(c, out var t))
            {
                // The same tone key twice undoes the tone and types the letter: never Vietnamese.
                if (c == lastToneKey)
                {
                    return false;
                }

                lastToneKey = c;
                tone = t;
                keyed = true;
                continue;
            }

            var previous = length > 0 ? letters[length - 1] : '\0';
            if ((c == 'd' && previous == 'd') || (c is 'a' or 'e' or 'o' && previous == c))
            {
                keyed = true;
                letters[length - 1] = c switch { 'd' => 'đ', 'a' => 'â', 'e' => 'ê', _ => 'ô' };
                continue;
            }

            if (c == 'w')
            {
                keyed = true;
                if (sawVowel)
                {
                    if (!TypingMarks.BreveOrHorn(letters[..length]))
                    {
                        return false;
                    }

                    continue;
                }

                c = 'ư';
            }

            if (length == letters.Length)
            {
                return false;
            }

            letters[length++] = c;
            sawVowel |= VietnameseLetters.IsBareVowel(c);
        }

        return keyed;
    }

    private static bool ToneOf(char key, out VietnameseTone tone)
    {
        tone = key switch
        {
            's' => VietnameseTone.Acute,
            'f' => VietnameseTone.Grave,
            'r' => VietnameseTone.Hook,
            'x' => VietnameseTone.Tilde,
            'j' => VietnameseTone.DotBelow,
            'z' => VietnameseTone.None,
            _ => (VietnameseTone)(-1),
        };
        return (int)tone >= 0;
    }
}
