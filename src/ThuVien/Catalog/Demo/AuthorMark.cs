using System.Collections.Frozen;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// The author mark of a call number: the first three letters of the filing word of the main entry
/// (the first word of a personal, family or corporate heading, else of the title after its
/// non-filing characters), without diacritics and in capitals: "Nguyễn Du" gives NGU, "Đào Duy Anh" DAO.
/// </summary>
internal static class AuthorMark
{
    /// <summary>
    /// Letters with diacritics and their base letters, spelled out rather than taken from Unicode
    /// decomposition, which a process in globalization-invariant mode does not perform: the marks
    /// must be the same everywhere.
    /// </summary>
    private static readonly FrozenDictionary<char, char> BaseLetters = new (char Base, string Accented)[]
    {
        ('A', "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"),
        ('E', "èéẻẽẹêềếểễệëÈÉẺẼẸÊỀẾỂỄỆË"),
        ('I', "ìíỉĩịïîÌÍỈĨỊÏÎ"),
        ('O', "òóỏõọôồốổỗộơờớởỡợöÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÖ"),
        ('U', "ùúủũụưừứửữựüûÙÚỦŨỤƯỪỨỬỮỰÜÛ"),
        ('Y', "ỳýỷỹỵỲÝỶỸỴ"),
        ('D', "đĐ"),
        ('C', "çÇ"),
        ('N', "ñÑ"),
    }.SelectMany(letter => letter.Accented.Select(accented => KeyValuePair.Create(accented, letter.Base))).ToFrozenDictionary();

    public static string Of(string entry)
    {
        Span<char> mark = stackalloc char[3];
        var length = 0;
        foreach (var c in entry)
        {
            if (BaseLetters.TryGetValue(c, out var letter))
            {
                mark[length++] = letter;
            }
            else if (char.IsAsciiLetter(c))
            {
                mark[length++] = char.ToUpperInvariant(c);
            }
            else if (length > 0)
            {
                break;
            }

            if (length == mark.Length)
            {
                break;
            }
        }

        return new string(mark[..length]);
    }
}
