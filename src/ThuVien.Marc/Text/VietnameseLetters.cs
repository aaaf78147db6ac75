namespace ThuVien.Marc.Text;

/// <summary>
/// The 12 Vietnamese vowel letters (a ă â e ê i o ô ơ u ư y) in 6 tones and 2 cases, composed and
/// taken apart by table lookup, so that the legacy decoders never need a Unicode normalization pass
/// for well-formed text.
/// </summary>
internal static class VietnameseLetters
{
    public const int ToneCount = 6;

    // Tone order: ngang (none), huyền (grave), hỏi (hook above), ngã (tilde), sắc (acute), nặng (dot below).
    public const int NoTone = 0;
    public const int Grave = 1;
    public const int Hook = 2;
    public const int Tilde = 3;
    public const int Acute = 4;
    public const int DotBelow = 5;

    // Vowel indexes, in the order of the rows below.
    public const int A = 0;
    public const int ABreve = 1;
    public const int ACircumflex = 2;
    public const int E = 3;
    public const int ECircumflex = 4;
    public const int I = 5;
    public const int O = 6;
    public const int OCircumflex = 7;
    public const int OHorn = 8;
    public const int U = 9;
    public const int UHorn = 10;
    public const int Y = 11;

    // Shapes a legacy modifier byte can add to a base vowel.
    public const int NoShape = 0;
    public const int Circumflex = 1;
    public const int Breve = 2;

    private const string Lower =
        "aàảãáạ" + "ăằẳẵắặ" + "âầẩẫấậ" + "eèẻẽéẹ" + "êềểễếệ" + "iìỉĩíị" +
        "oòỏõóọ" + "ôồổỗốộ" + "ơờởỡớợ" + "uùủũúụ" + "ưừửữứự" + "yỳỷỹýỵ";

    private const string Upper =
        "AÀẢÃÁẠ" + "ĂẰẲẴẮẶ" + "ÂẦẨẪẤẬ" + "EÈẺẼÉẸ" + "ÊỀỂỄẾỆ" + "IÌỈĨÍỊ" +
        "OÒỎÕÓỌ" + "ÔỒỔỖỐỘ" + "ƠỜỞỠỚỢ" + "UÙỦŨÚỤ" + "ƯỪỬỮỨỰ" + "YỲỶỸÝỴ";

    // Every letter above lives below U+0200 or in U+1EA0-U+1EFF (Latin Extended Additional);
    // an entry is 0 for "not a Vietnamese vowel", else 1 + position in Lower (+ 72 for Upper).
    private const int ExtendedStart = 0x1EA0;
    private static readonly byte[] Basic = BuildIndex(0, 0x200);
    private static readonly byte[] Extended = BuildIndex(ExtendedStart, 0x60);

    /// <summary>Takes a Vietnamese vowel letter apart into vowel, tone and case.</summary>
    public static bool TryDecompose(char letter, out int vowel, out int tone, out bool upper)
    {
        int entry;
        if (letter < 0x200)
        {
            entry = Basic[letter];
        }
        else if (letter - ExtendedStart is >= 0 and < 0x60)
        {
            entry = Extended[letter - ExtendedStart];
        }
        else
        {
            entry = 0;
        }

        if (entry == 0)
        {
            vowel = tone = 0;
            upper = false;
            return false;
        }

        var position = entry - 1;
        upper = position >= Lower.Length;
        position %= Lower.Length;
        vowel = position / ToneCount;
        tone = position % ToneCount;
        return true;
    }

    /// <summary>The letter for a vowel, tone and case.</summary>
    public static char Compose(int vowel, int tone, bool upper) => (upper ? Upper : Lower)[(vowel * ToneCount) + tone];

    /// <summary>
    /// Puts a shape (circumflex or breve) and/or a tone on a vowel letter, as a legacy modifier byte
    /// does; false when the result is not a Vietnamese letter (the caller then keeps combining marks).
    /// </summary>
    public static bool TryApply(char letter, int shape, int tone, out char result)
    {
        result = letter;
        if (!TryDecompose(letter, out var vowel, out var current, out var upper))
        {
            return false;
        }

        if (shape == Circumflex)
        {
            vowel = vowel switch { A => ACircumflex, E => ECircumflex, O => OCircumflex, _ => -1 };
        }
        else if (shape == Breve)
        {
            vowel = vowel == A ? ABreve : -1;
        }

        if (vowel < 0 || (tone != NoTone && current != NoTone))
        {
            return false;
        }

        result = Compose(vowel, tone == NoTone ? current : tone, upper);
        return true;
    }

    /// <summary>The toneless lowercase form of a vowel index (a, ă, â, …).</summary>
    public static char BaseLower(int vowel) => Lower[vowel * ToneCount];

    /// <summary>The Unicode combining mark of a tone (U+0300 grave, U+0309 hook above, U+0303 tilde, U+0301 acute, U+0323 dot below).</summary>
    public static char CombiningTone(int tone) => tone switch
    {
        Grave => '\u0300',
        Hook => '\u0309',
        Tilde => '\u0303',
        Acute => '\u0301',
        DotBelow => '\u0323',
        _ => '\0',
    };

    /// <summary>The Unicode combining mark of a shape (U+0302 circumflex, U+0306 breve).</summary>
    public static char CombiningShape(int shape) => shape == Breve ? '\u0306' : '\u0302';

    private static byte[] BuildIndex(int start, int length)
    {
        var index = new byte[length];
        for (var i = 0; i < Lower.Length; i++)
        {
            Set(index, start, Lower[i], i + 1);
            Set(index, start, Upper[i], Lower.Length + i + 1);
        }

        return index;
    }

    private static void Set(byte[] index, int start, char letter, int entry)
    {
        if (letter - start >= 0 && letter - start < index.Length)
        {
            index[letter - start] = (byte)entry;
        }
    }
}
