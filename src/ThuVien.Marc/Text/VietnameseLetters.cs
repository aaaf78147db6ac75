namespace ThuVien.Marc.Text;

/// <summary>
/// The 12 Vietnamese vowel letters (a ă â e ê i o ô ơ u ư y) in 6 tones and 2 cases, taken apart and put
/// together by table lookup. Spelled out rather than derived from Unicode decomposition, which a process in
/// globalization-invariant mode does not perform and which would cost an allocation per word; the legacy
/// decoders and the search analysis both run it per letter.
/// </summary>
internal static class VietnameseLetters
{
    // Vowel indexes in the order of the rows below, which is also their dictionary order.
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

    // Columns follow VietnameseTone: ngang, huyền, hỏi, ngã, sắc, nặng.
    private const string Lower =
        "aàảãáạ" + "ăằẳẵắặ" + "âầẩẫấậ" + "eèẻẽéẹ" + "êềểễếệ" + "iìỉĩíị" +
        "oòỏõóọ" + "ôồổỗốộ" + "ơờởỡớợ" + "uùủũúụ" + "ưừửữứự" + "yỳỷỹýỵ";

    private const string Upper =
        "AÀẢÃÁẠ" + "ĂẰẲẴẮẶ" + "ÂẦẨẪẤẬ" + "EÈẺẼÉẸ" + "ÊỀỂỄẾỆ" + "IÌỈĨÍỊ" +
        "OÒỎÕÓỌ" + "ÔỒỔỖỐỘ" + "ƠỜỞỠỚỢ" + "UÙỦŨÚỤ" + "ƯỪỬỮỨỰ" + "YỲỶỸÝỴ";

    private const int ToneCount = 6;

    // Every letter above lives below U+0200 or in U+1EA0-U+1EFF (Latin Extended Additional);
    // an entry is 0 for "not a Vietnamese vowel", else 1 + position in Lower (+ 72 for Upper).
    private const int BasicEnd = 0x200;
    private const int ExtendedStart = 0x1EA0;
    private const int ExtendedEnd = 0x1F00;
    private static readonly byte[] Basic = BuildIndex(0, BasicEnd);
    private static readonly byte[] Extended = BuildIndex(ExtendedStart, ExtendedEnd);

    /// <summary>Takes a vowel letter of either case apart into vowel index and tone.</summary>
    public static bool TryDecompose(char letter, out int vowel, out VietnameseTone tone) =>
        TryDecompose(letter, out vowel, out tone, out _);

    /// <summary>Takes a vowel letter apart into vowel index, tone and case.</summary>
    public static bool TryDecompose(char letter, out int vowel, out VietnameseTone tone, out bool upper)
    {
        int entry;
        if (letter < BasicEnd)
        {
            entry = Basic[letter];
        }
        else if (letter is >= (char)ExtendedStart and < (char)ExtendedEnd)
        {
            entry = Extended[letter - ExtendedStart];
        }
        else
        {
            entry = 0;
        }

        if (entry == 0)
        {
            vowel = -1;
            tone = VietnameseTone.None;
            upper = false;
            return false;
        }

        var position = entry - 1;
        upper = position >= Lower.Length;
        position %= Lower.Length;
        vowel = position / ToneCount;
        tone = (VietnameseTone)(position % ToneCount);
        return true;
    }

    /// <summary>The lower-case letter for a vowel index and a tone.</summary>
    public static char Compose(int vowel, VietnameseTone tone) => Lower[(vowel * ToneCount) + (int)tone];

    /// <summary>The letter for a vowel index, a tone and a case.</summary>
    public static char Compose(int vowel, VietnameseTone tone, bool upper) =>
        (upper ? Upper : Lower)[(vowel * ToneCount) + (int)tone];

    /// <summary>The lower-case toneless letter of a vowel index: a ă â e ê i o ô ơ u ư y.</summary>
    public static char Bare(int vowel) => Lower[vowel * ToneCount];

    /// <summary>True for a lower-case toneless vowel letter.</summary>
    public static bool IsBareVowel(char c) => c is 'a' or 'ă' or 'â' or 'e' or 'ê' or 'i' or 'o' or 'ô' or 'ơ' or 'u' or 'ư' or 'y';

    /// <summary>
    /// Puts a shape (<see cref="Circumflex"/> or <see cref="Breve"/>) and/or a tone on a vowel letter, as a
    /// legacy modifier byte does; false when the result is not a Vietnamese letter (the caller then keeps
    /// combining marks).
    /// </summary>
    public static bool TryApply(char letter, int shape, VietnameseTone tone, out char result)
    {
        result = letter;
        if (!TryDecompose(letter, out var vowel, out var current, out var upper))
        {
            return false;
        }

        if (shape != NoShape)
        {
            vowel = Reshape(vowel, CombiningShape(shape));
        }

        if (vowel < 0 || (tone != VietnameseTone.None && current != VietnameseTone.None))
        {
            return false;
        }

        result = Compose(vowel, tone == VietnameseTone.None ? current : tone, upper);
        return true;
    }

    /// <summary>
    /// The vowel a shape mark makes of a plain vowel (a + ̂  = â, o + ̛  = ơ), or -1 when the mark does not
    /// belong on it in Vietnamese.
    /// </summary>
    public static int Reshape(int vowel, char combiningMark) => (vowel, combiningMark) switch
    {
        (A, '\u0302') => ACircumflex,
        (A, '\u0306') => ABreve,
        (E, '\u0302') => ECircumflex,
        (O, '\u0302') => OCircumflex,
        (O, '\u031B') => OHorn,
        (U, '\u031B') => UHorn,
        _ => -1,
    };

    /// <summary>True for the combining marks that shape a vowel: circumflex, breve, horn.</summary>
    public static bool IsShapeMark(char combiningMark) => combiningMark is '\u0302' or '\u0306' or '\u031B';

    /// <summary>The combining mark of a legacy shape: U+0302 circumflex, U+0306 breve.</summary>
    public static char CombiningShape(int shape) => shape == Breve ? '\u0306' : '\u0302';

    /// <summary>The combining mark of a tone: U+0300 grave, U+0309 hook above, U+0303 tilde, U+0301 acute, U+0323 dot below.</summary>
    public static char CombiningTone(VietnameseTone tone) => tone switch
    {
        VietnameseTone.Grave => '\u0300',
        VietnameseTone.Hook => '\u0309',
        VietnameseTone.Tilde => '\u0303',
        VietnameseTone.Acute => '\u0301',
        VietnameseTone.DotBelow => '\u0323',
        _ => '\0',
    };

    /// <summary>The tone a combining mark stands for (U+0340 and U+0341 are the deprecated twins of grave and acute).</summary>
    public static bool TryGetToneMark(char combiningMark, out VietnameseTone tone)
    {
        tone = combiningMark switch
        {
            '\u0300' or '\u0340' => VietnameseTone.Grave,
            '\u0309' => VietnameseTone.Hook,
            '\u0303' => VietnameseTone.Tilde,
            '\u0301' or '\u0341' => VietnameseTone.Acute,
            '\u0323' => VietnameseTone.DotBelow,
            _ => VietnameseTone.None,
        };
        return tone != VietnameseTone.None;
    }

    private static byte[] BuildIndex(int start, int end)
    {
        var index = new byte[end - start];
        for (var i = 0; i < Lower.Length; i++)
        {
            if (Lower[i] >= start && Lower[i] < end)
            {
                index[Lower[i] - start] = (byte)(1 + i);
            }

            if (Upper[i] >= start && Upper[i] < end)
            {
                index[Upper[i] - start] = (byte)(1 + Lower.Length + i);
            }
        }

        return index;
    }
}
