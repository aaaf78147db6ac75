namespace ThuVien.Search.Vietnamese;

/// <summary>
/// The vowel-shape keys of Telex and VNI put on typed letters. A key shapes the letter just before it
/// or, typed later in the word ("vien6", "truongw"), the last letter that can take it, as the common
/// input methods do.
/// </summary>
internal static class TypingMarks
{
    /// <summary>a → â, e → ê, o → ô on the last plain a, e or o.</summary>
    public static bool Circumflex(Span<char> letters)
    {
        var i = letters.LastIndexOfAny('a', 'e', 'o');
        if (i < 0)
        {
            return false;
        }

        letters[i] = letters[i] switch { 'a' => 'â', 'e' => 'ê', _ => 'ô' };
        return true;
    }

    /// <summary>a → ă on the last plain a.</summary>
    public static bool Breve(Span<char> letters)
    {
        var i = letters.LastIndexOf('a');
        if (i < 0)
        {
            return false;
        }

        letters[i] = 'ă';
        return true;
    }

    /// <summary>
    /// o → ơ, u → ư on the last plain o or u; an o after u takes the horn on both (uo → ươ), as the
    /// keyboards do: "ưo" is never Vietnamese, and the decoder tries "uơ" (thuở) when "ươ" is not a word.
    /// </summary>
    public static bool Horn(Span<char> letters)
    {
        var i = letters.LastIndexOfAny('o', 'u');
        if (i < 0)
        {
            return false;
        }

        if (letters[i] == 'u')
        {
            letters[i] = 'ư';
            return true;
        }

        letters[i] = 'ơ';
        if (i > 0 && letters[i - 1] == 'u')
        {
            letters[i - 1] = 'ư';
        }

        return true;
    }

    /// <summary>
    /// o → ơ, u → ư as <see cref="Horn"/>, or a → ă when the last of these letters is an a: Telex's w.
    /// </summary>
    public static bool BreveOrHorn(Span<char> letters)
    {
        var i = letters.LastIndexOfAny('a', 'o', 'u');
        return i >= 0 && (letters[i] == 'a' ? Breve(letters) : Horn(letters));
    }

    /// <summary>d → đ on the d that begins the word.</summary>
    public static bool Stroke(Span<char> letters)
    {
        if (letters.IsEmpty || letters[0] != 'd')
        {
            return false;
        }

        letters[0] = 'đ';
        return true;
    }
}
