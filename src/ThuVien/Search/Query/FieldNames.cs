namespace ThuVien.Search.Query;

/// <summary>
/// The field prefixes of the search box, English and Vietnamese. Readers type the Vietnamese ones
/// with or without diacritics and underscores ("tác_giả", "tacgia"), in any case.
/// </summary>
internal static class FieldNames
{
    /// <summary>Longer than any alias: a longer run before a colon is not looked up.</summary>
    private const int LongestAlias = 16;

    private static readonly string[] Canonical =
    [
        "any", "title", "author", "subject", "series", "publisher", "isbn", "issn", "year",
        "language", "type", "ddc", "library", "location", "available",
    ];

    private static readonly Dictionary<string, SearchField> ByAlias = new(StringComparer.Ordinal)
    {
        ["any"] = SearchField.Any,
        ["tatca"] = SearchField.Any,
        ["title"] = SearchField.Title,
        ["ti"] = SearchField.Title,
        ["nhande"] = SearchField.Title,
        ["tieude"] = SearchField.Title,
        ["author"] = SearchField.Author,
        ["au"] = SearchField.Author,
        ["tacgia"] = SearchField.Author,
        ["subject"] = SearchField.Subject,
        ["su"] = SearchField.Subject,
        ["chude"] = SearchField.Subject,
        ["series"] = SearchField.Series,
        ["tungthu"] = SearchField.Series,
        ["publisher"] = SearchField.Publisher,
        ["pb"] = SearchField.Publisher,
        ["nxb"] = SearchField.Publisher,
        ["nhaxuatban"] = SearchField.Publisher,
        ["isbn"] = SearchField.Isbn,
        ["issn"] = SearchField.Issn,
        ["year"] = SearchField.Year,
        ["nam"] = SearchField.Year,
        ["namxb"] = SearchField.Year,
        ["language"] = SearchField.Language,
        ["lang"] = SearchField.Language,
        ["ngonngu"] = SearchField.Language,
        ["type"] = SearchField.ContentType,
        ["loai"] = SearchField.ContentType,
        ["ddc"] = SearchField.Ddc,
        ["class"] = SearchField.Ddc,
        ["phanloai"] = SearchField.Ddc,
        ["library"] = SearchField.Library,
        ["thuvien"] = SearchField.Library,
        ["location"] = SearchField.Location,
        ["kho"] = SearchField.Location,
        ["available"] = SearchField.Available,
        ["sansang"] = SearchField.Available,
    };

    private static readonly Dictionary<string, SearchField>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByAlias.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The prefix the canonical query uses for a field.</summary>
    public static string Name(SearchField field) => Canonical[(int)field];

    /// <summary>Finds the field a typed prefix names, without allocating.</summary>
    public static bool TryFind(ReadOnlySpan<char> typed, out SearchField field)
    {
        field = SearchField.Any;
        if (typed.Length == 0 || typed.Length > LongestAlias)
        {
            return false;
        }

        Span<char> folded = stackalloc char[LongestAlias];
        var length = Unaccent.Fold(typed, folded);
        return Lookup.TryGetValue(folded[..length], out field);
    }
}
