using System.Globalization;
using System.Text;
using ThuVien.Marc.Text;

namespace ThuVien.Search.Vietnamese;

/// <summary>
/// Vietnamese dictionary order as a sort key that compares ordinally: letters in the order
/// a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z where they fall among the Latin
/// letters), capitals like small letters, digits before letters, each run of spaces and punctuation one
/// separator before everything; tones count only between words that tie on every letter, in the order
/// ngang, huyền, hỏi, ngã, sắc, nặng. "Hà Nam" &lt; "Hà Nội", "Dương" &lt; "Đà", "Hoa" &lt; "Hòa" &lt; "Hỏa" &lt; "Hóa" &lt; "Họa".
/// </summary>
/// <remarks>
/// The key is the letters' weights, then U+0001 and one tone digit per accented vowel with a '0' closing
/// each word, trailing '0's dropped (as the smallest digit they never decide an order). Every char lies in
/// U+0001–U+D7FF, so the UTF-8 bytes the index stores sort as the chars do; Latin text stays one byte a
/// char. Only the first <see cref="MaxLetters"/> letters and digits count, which keeps one key per record small.
/// Letters beyond the Basic Multilingual Plane (rare CJK) all weigh the same.
/// </remarks>
internal static class VietnameseCollation
{
    public const int MaxLetters = 64;

    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    private const char FirstLetterWeight = 'A';
    private const char Separator = ' ';
    private const char LevelSeparator = '\u0001';
    private const char WordEnd = '0';
    private const char HighestWeight = '\uD7FF';

    // Room for every letter plus a separator after each, and for a tone and a word end per letter.
    private const int BufferLength = (2 * MaxLetters) + 2;

    private static readonly char[] AsciiWeights = BuildAsciiWeights();

    /// <summary>Orders strings by their <see cref="SortKey"/>; null first.</summary>
    public static IComparer<string> Comparer { get; } = Comparer<string>.Create(Compare);

    /// <summary>Compares two strings in Vietnamese dictionary order; null first.</summary>
    public static int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        return string.CompareOrdinal(SortKey(x), SortKey(y));
    }

    /// <summary>The sort key of <paramref name="text"/> (NFC or NFD, any case).</summary>
    public static string SortKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> primary = stackalloc char[BufferLength];
        Span<char> tones = stackalloc char[BufferLength];
        var p = 0;
        var t = 0;
        var letters = 0;
        var inWord = false;

        // The vowel the previous letter was, for combining marks that follow it (-1: marks are ignored).
        var markable = -1;
        var toned = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (LatinFolding.IsCombiningMark(c))
            {
                if (markable >= 0)
                {
                    AbsorbMark(c, primary, p, tones, ref t, ref markable, ref toned);
                }

                continue;
            }

            if (letters == MaxLetters)
            {
                break;
            }

            var w1 = '\0';
            var w2 = '\0';
            markable = -1;
            toned = false;
            if (c < '\u0080')
            {
                w1 = char.IsAsciiDigit(c) ? c : AsciiWeights[c];
                if (char.IsAsciiLetter(c) && VietnameseLetters.TryDecompose(c, out var vowel, out _))
                {
                    markable = vowel;
                }
            }
            else if (VietnameseLetters.TryDecompose(c, out var vowel, out var tone))
            {
                w1 = Weight(VietnameseLetters.Bare(vowel));
                markable = vowel;
                if (tone != VietnameseTone.None)
                {
                    tones[t++] = (char)('0' + (int)tone);
                    toned = true;
                }
            }
            else if (c is 'đ' or 'Đ' or 'ð' or 'Ð')
            {
                // The eth looks like Đ and stands for it in text from legacy fonts; it follows d either way.
                w1 = Weight('đ');
            }
            else if (LatinFolding.TryFold(c, out var first, out var second))
            {
                w1 = Weight(first);
                w2 = second == '\0' ? '\0' : Weight(second);
            }
            else if (char.IsLetter(c))
            {
                // Some signs lower-case to a Latin letter (KELVIN SIGN to k, ANGSTROM SIGN to å); they weigh as that letter.
                var lower = VietnameseText.LowerCase(c);
                if (LatinFolding.TryFold(lower, out var plain, out _))
                {
                    lower = plain;
                }

                w1 = lower < '\u0080' ? AsciiWeights[lower] : lower < HighestWeight ? lower : HighestWeight;
            }
            else if (char.IsDigit(c))
            {
                w1 = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c));
            }
            else if (char.IsHighSurrogate(c) && Rune.TryGetRuneAt(text, i, out var rune))
            {
                i++;
                w1 = Rune.IsLetterOrDigit(rune) ? HighestWeight : '\0';
            }

            if (w1 == '\0')
            {
                if (inWord)
                {
                    tones[t++] = WordEnd;
                    inWord = false;
                }

                continue;
            }

            if (!inWord && p > 0)
            {
                primary[p++] = Separator;
            }

            inWord = true;
            primary[p++] = w1;
            letters++;
            if (w2 != '\0' && letters < MaxLetters)
            {
                primary[p++] = w2;
                letters++;
            }
        }

        if (inWord)
        {
            tones[t++] = WordEnd;
        }

        while (t > 0 && tones[t - 1] == WordEnd)
        {
            t--;
        }

        return t == 0
            ? new string(primary[..p])
            : string.Concat(primary[..p], [LevelSeparator], tones[..t]);
    }

    /// <summary>A combining tone or shape mark on the vowel just before it, as in NFD text.</summary>
    private static void AbsorbMark(char mark, Span<char> primary, int p, Span<char> tones, ref int t, ref int markable, ref bool toned)
    {
        if (VietnameseLetters.TryGetToneMark(mark, out var tone) && !toned)
        {
            tones[t++] = (char)('0' + (int)tone);
            toned = true;
            return;
        }

        var reshaped = VietnameseLetters.IsShapeMark(mark) ? VietnameseLetters.Reshape(markable, mark) : -1;
        if (reshaped < 0)
        {
            // A mark Vietnamese does not use: what follows belongs to another letter.
            markable = -1;
            return;
        }

        primary[p - 1] = Weight(VietnameseLetters.Bare(reshaped));
        markable = reshaped;
    }

    private static char Weight(char letter)
    {
        if (letter < '\u0080')
        {
            return AsciiWeights[letter];
        }

        var rank = Alphabet.IndexOf(letter, StringComparison.Ordinal);
        return rank >= 0 ? (char)(FirstLetterWeight + rank) : letter;
    }

    private static char[] BuildAsciiWeights()
    {
        var weights = new char[0x80];
        for (var c = 'a'; c <= 'z'; c++)
        {
            var weight = (char)(FirstLetterWeight + Alphabet.IndexOf(c, StringComparison.Ordinal));
            weights[c] = weight;
            weights[char.ToUpperInvariant(c)] = weight;
        }

        return weights;
    }
}
