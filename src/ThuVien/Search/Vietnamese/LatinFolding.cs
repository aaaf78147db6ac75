namespace ThuVien.Search.Vietnamese;

/// <summary>
/// Latin letters with diacritics and their plain lower-case letters (one or two: æ → ae, ß → ss), by table
/// lookup over Latin-1, Latin Extended-A/B and Latin Extended Additional, so that Vietnamese, French and
/// German words fold alike without a Unicode normalization per token.
/// </summary>
internal static class LatinFolding
{
    private const int BasicStart = 0xC0;
    private const int BasicEnd = 0x250;
    private const int ExtendedStart = 0x1E00;
    private const int ExtendedEnd = 0x1F00;

    // Written out from the Unicode decompositions, plus the letters that have none (ø, đ, ł, ħ...).
    private static readonly (char Plain, string Letters)[] Singles =
    [
        ('a', "ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧȺḀḁẚẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ"),
        ('b', "ƀƁɃḂḃḄḅḆḇ"),
        ('c', "ÇçĆćĈĉĊċČčƇƈȻȼḈḉ"),
        ('d', "ÐðĎďĐđƉƊƋƌȡḊḋḌḍḎḏḐḑḒḓ"),
        ('e', "ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩɆɇḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệ"),
        ('f', "ƑƒḞḟ"),
        ('g', "ĜĝĞğĠġĢģƓǤǥǦǧǴǵḠḡ"),
        ('h', "ĤĥĦħȞȟḢḣḤḥḦḧḨḩḪḫẖ"),
        ('i', "ÌÍÎÏìíîïĨĩĪīĬĭĮįİıƗǏǐȈȉȊȋḬḭḮḯỈỉỊị"),
        ('j', "ĴĵǰȷɈɉ"),
        ('k', "ĶķĸƘƙǨǩḰḱḲḳḴḵ"),
        ('l', "ĹĺĻļĽľĿŀŁłƚȴȽḶḷḸḹḺḻḼḽ"),
        ('m', "ḾḿṀṁṂṃ"),
        ('n', "ÑñŃńŅņŇňŉŊŋǸǹȵṄṅṆṇṈṉṊṋ"),
        ('o', "ÒÓÔÕÖØòóôõöøŌōŎŏŐőƠơǑǒǪǫǬǭǾǿȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ"),
        ('p', "ƤƥṔṕṖṗ"),
        ('q', "Ɋɋ"),
        ('r', "ŔŕŖŗŘřȐȑȒȓɌɍṘṙṚṛṜṝṞṟ"),
        ('s', "ŚśŜŝŞşŠšſȘșȿṠṡṢṣṤṥṦṧṨṩẛẜẝ"),
        ('t', "ŢţŤťŦŧƬƭƮȚțȶȾṪṫṬṭṮṯṰṱẗ"),
        ('u', "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗɄṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰự"),
        ('v', "ṼṽṾṿ"),
        ('w', "ŴŵẀẁẂẃẄẅẆẇẈẉẘ"),
        ('x', "ẊẋẌẍ"),
        ('y', "ÝýÿŶŷŸƳƴȲȳɎɏẎẏẙỲỳỴỵỶỷỸỹ"),
        ('z', "ŹźŻżŽžƵƶȤȥɀẐẑẒẓẔẕ"),
    ];

    private static readonly (string Plain, string Letters)[] Doubles =
    [
        ("ae", "ÆæǢǣǼǽ"),
        ("oe", "Œœ"),
        ("ss", "ßẞ"),
        ("th", "Þþ"),
        ("ij", "Ĳĳ"),
        ("dz", "ǄǅǆǱǲǳ"),
        ("lj", "Ǉǈǉ"),
        ("nj", "Ǌǋǌ"),
    ];

    private static readonly (char[] First, char[] Second) Basic = Build(BasicStart, BasicEnd);
    private static readonly (char[] First, char[] Second) Extended = Build(ExtendedStart, ExtendedEnd);

    /// <summary>
    /// The plain lower-case letters of a Latin letter with a diacritic; <paramref name="second"/> is
    /// '\0' unless the letter folds to two (æ → ae).
    /// </summary>
    public static bool TryFold(char letter, out char first, out char second)
    {
        char[] firsts;
        char[] seconds;
        int index;
        if (letter is >= (char)BasicStart and < (char)BasicEnd)
        {
            (firsts, seconds, index) = (Basic.First, Basic.Second, letter - BasicStart);
        }
        else if (letter is >= (char)ExtendedStart and < (char)ExtendedEnd)
        {
            (firsts, seconds, index) = (Extended.First, Extended.Second, letter - ExtendedStart);
        }
        else
        {
            first = second = '\0';
            return false;
        }

        first = firsts[index];
        second = seconds[index];
        return first != '\0';
    }

    /// <summary>
    /// Combining diacritical marks (U+0300–U+036F) and their supplements, which folding drops and the
    /// Vietnamese letters absorb in decomposed (NFD) text.
    /// </summary>
    public static bool IsCombiningMark(char c) =>
        c is (>= '\u0300' and <= '\u036F') or (>= '\u1AB0' and <= '\u1AFF') or (>= '\u1DC0' and <= '\u1DFF')
            or (>= '\u20D0' and <= '\u20FF') or (>= '\uFE20' and <= '\uFE2F');

    private static (char[] First, char[] Second) Build(int start, int end)
    {
        var first = new char[end - start];
        var second = new char[end - start];
        foreach (var (plain, letters) in Singles)
        {
            foreach (var letter in letters)
            {
                if (letter >= start && letter < end)
                {
                    first[letter - start] = plain;
                }
            }
        }

        foreach (var (plain, letters) in Doubles)
        {
            foreach (var letter in letters)
            {
                if (letter >= start && letter < end)
                {
                    first[letter - start] = plain[0];
                    second[letter - start] = plain[1];
                }
            }
        }

        return (first, second);
    }
}
