using System.Text;
using ThuVien.Marc.Text;
using ThuVien.Search.Vietnamese;

namespace ThuVien.Search.Querying;

/// <summary>
/// The form in which browse headings and a typed start are compared: folded (or, when the reader typed
/// diacritics, exact), lower case, with punctuation and runs of spaces read as one space, so that
/// "nguyen du" starts "Nguyễn, Du" and "Đ" starts only headings in đ.
/// </summary>
internal static class HeadingKey
{
    /// <summary>Longer typed text says nothing more about where a heading starts.</summary>
    public const int MaxTyped = 200;

    public static string Folded(string text) => Squeeze(VietnameseText.Fold(text));

    public static string Exact(string text) => Squeeze(VietnameseText.Exact(text));

    /// <summary>
    /// True when <paramref name="heading"/> (an exact key) starts with <paramref name="typed"/> (an exact key):
    /// a vowel typed without a tone matches that vowel with any tone ("ho" starts "Hồ"), but a letter typed
    /// with its shape or tone must be there as typed ("ă" does not start "an").
    /// </summary>
    public static bool StartsWithTyped(string heading, string typed)
    {
        if (heading.Length < typed.Length)
        {
            return false;
        }

        for (var i = 0; i < typed.Length; i++)
        {
            var t = typed[i];
            var h = heading[i];
            if (t == h)
            {
                continue;
            }

            if (!VietnameseLetters.TryDecompose(t, out var typedVowel, out var typedTone) || typedTone != VietnameseTone.None
                || !VietnameseLetters.TryDecompose(h, out var headingVowel, out _) || typedVowel != headingVowel)
            {
                return false;
            }
        }

        return true;
    }

    private static string Squeeze(string text)
    {
        // Most headings are already letters and single spaces: then the text comes back as it is.
        if (IsSqueezed(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsKept(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    private static bool IsSqueezed(string text)
    {
        var previousSpace = true;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
            }
            else if (IsKept(c))
            {
                previousSpace = false;
            }
            else
            {
                return false;
            }
        }

        return !previousSpace || text.Length == 0;
    }

    // Letters beyond the Basic Multilingual Plane (rare CJK) are kept as their surrogate pairs.
    private static bool IsKept(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c);
}
