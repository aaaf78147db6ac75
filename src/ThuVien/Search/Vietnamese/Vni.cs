using ThuVien.Marc.Text;

namespace ThuVien.Search.Vietnamese;

/// <summary>
/// Reads a word typed in VNI without an input method: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng, 6 circumflex,
/// 7 horn, 8 breve, 9 đ, each right after its letter or later in the word ("vie65n", "vien65",
/// "d9u7o72ng", "duong72" all decode).
/// </summary>
internal static class Vni
{
    /// <summary>
    /// The letters and tone of <paramref name="word"/>, or false when it holds anything but ASCII letters
    /// and the digits 1–9, no digit at all, or a digit no letter can take.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> word, Span<char> letters, out int length, out VietnameseTone tone)
    {
        length = 0;
        tone = VietnameseTone.None;
        var keyed = false;
        var sawVowel = false;
        foreach (var typed in word)
        {
            if (char.IsAsciiLetter(typed))
            {
                if (length == letters.Length)
                {
                    return false;
                }

                var c = (char)(typed | 0x20);
                letters[length++] = c;
                sawVowel |= VietnameseLetters.IsBareVowel(c);
                continue;
            }

            keyed = true;
            var typedSoFar = letters[..length];
            var taken = typed switch
            {
                >= '1' and <= '5' => sawVowel && SetTone(typed, ref tone),
                '6' => TypingMarks.Circumflex(typedSoFar),
                '7' => TypingMarks.Horn(typedSoFar),
                '8' => TypingMarks.Breve(typedSoFar),
                '9' => TypingMarks.Stroke(typedSoFar),
                _ => false,
            };
            if (!taken)
            {
                return false;
            }
        }

        return keyed;
    }

    private static bool SetTone(char digit, ref VietnameseTone tone)
    {
        tone = digit switch
        {
            '1' => VietnameseTone.Acute,
            '2' => VietnameseTone.Grave,
            '3' => VietnameseTone.Hook,
            '4' => VietnameseTone.Tilde,
            _ => VietnameseTone.DotBelow,
        };
        return true;
    }
}
