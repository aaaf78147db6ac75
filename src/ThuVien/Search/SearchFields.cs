namespace ThuVien.Search;

/// <summary>
/// The names of the index's fields. Text is indexed twice: in its exact form (diacritics kept, so an
/// exact match can rank first) and folded (diacritics removed, đ → d, so "duong" finds "đường").
/// The <c>_f2</c> field holds syllable pairs so that "thư viện" ranks as a word, not two syllables.
/// </summary>
internal static class SearchFields
{
    /// <summary>The record's database id: a keyword (for updates and deletes) and a numeric doc value.</summary>
    public const string Id = "id";

    /// <summary>Catch-all text: title, names, subjects, series, publisher, notes.</summary>
    public const string Any = "any";

    public const string Title = "title";
    public const string Author = "author";
    public const string Subject = "subject";
    public const string Series = "series";
    public const string Publisher = "publisher";
    public const string Library = "library";
    public const string Location = "location";

    /// <summary>Keywords: ISBN-13 and ISBN-10 forms, digits only (X kept).</summary>
    public const string Isbn = "isbn";

    /// <summary>Keyword: ISSN without its hyphen.</summary>
    public const string Issn = "issn";

    /// <summary>Keywords: DDC class numbers as recorded, for prefix search.</summary>
    public const string Ddc = "ddc";

    /// <summary>Indexed integer (ranges) and numeric doc value (sort, facet).</summary>
    public const string Year = "year";

    /// <summary>Sort keys in Vietnamese alphabetical order (sorted doc values).</summary>
    public const string TitleSort = "title_sort";
    public const string AuthorSort = "author_sort";

    /// <summary>The display fields of a hit, as one binary doc value (read without stored fields).</summary>
    public const string Display = "display";

    /// <summary>The exact-form field of a text field (only the catch-all and the title have one: see <see cref="ExactFormOf"/>).</summary>
    public static string Exact(string field) => field;

    /// <summary>
    /// Whether a text field is indexed in exact form as well as folded. The catch-all and the title are;
    /// for the others the exact form of the catch-all ranks exact words first, which saves indexing
    /// every name and heading a sixth time.
    /// </summary>
    public static bool HasExactForm(string field) => field is Any or Title;

    /// <summary>The field whose exact form ranks a query on <paramref name="field"/>.</summary>
    public static string ExactFormOf(string field) => HasExactForm(field) ? Exact(field) : Exact(Any);

    /// <summary>The folded-form field of a text field.</summary>
    public static string Folded(string field) => field + "_f";

    /// <summary>Syllable pairs in folded form.</summary>
    public static string FoldedPairs(string field) => field + "_f2";

    /// <summary>The keyword field a facet filters on, and whose sorted-set doc values it counts.</summary>
    public static string Facet(FacetDimension dimension) => "f_" + dimension.Key;
}
