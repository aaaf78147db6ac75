namespace ThuVien.Search.Analysis;

/// <summary>The two forms of Vietnamese text the index keeps.</summary>
internal enum TextForm
{
    /// <summary>NFC, lower case, tone marks in one canonical place; diacritics kept.</summary>
    Exact,

    /// <summary>Lower case without diacritics, đ → d.</summary>
    Folded,
}
