namespace ThuVien.Marc.Mapping;

/// <summary>
/// Names as citations want them: the dates of a heading left out ("Nguyễn Du, 1765-1820" is cited as
/// "Nguyễn Du"), and the names split by the part they played, from relator codes ($4) or terms ($e).
/// </summary>
internal static class CitationNames
{
    /// <summary>Authors: the main entry and added entries without a relator, or with an author relator.</summary>
    public static bool IsAuthor(NameEntry name) =>
        name.RoleCodes.IsEmpty && name.Roles.IsEmpty
            ? true
            : HasCode(name, "aut") || HasCode(name, "cre") || HasTerm(name, "author") || HasTerm(name, "tác giả");

    /// <summary>Editors, from the relator code edt or an editor term in English or Vietnamese.</summary>
    public static bool IsEditor(NameEntry name) =>
        HasCode(name, "edt") || HasTerm(name, "editor") || HasTerm(name, "chủ biên") || HasTerm(name, "biên tập");

    /// <summary>The name without trailing segments that hold a digit (dates such as "1904-1988", "b. 1950").</summary>
    public static string WithoutDates(NameEntry name)
    {
        var text = name.Name;
        if (name.Kind != NameKind.Person)
        {
            return text;
        }

        var end = text.Length;
        while (end > 0)
        {
            var comma = text.LastIndexOf(',', end - 1);
            if (comma < 0 || !HasDigit(text.AsSpan(comma + 1, end - comma - 1)))
            {
                break;
            }

            end = comma;
        }

        return end == text.Length ? text : text[..end].TrimEnd();
    }

    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCode(NameEntry name, string code)
    {
        foreach (var value in name.RoleCodes)
        {
            if (string.Equals(value, code, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTerm(NameEntry name, string term)
    {
        foreach (var value in name.Roles)
        {
            if (value.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
