namespace ThuVien.Search;

/// <summary>A facet of search results: its key in URLs and JSON, and how its values are counted.</summary>
internal sealed record FacetDimension(string Key, FacetKind Kind, int Limit)
{
    public static readonly FacetDimension ContentType = new("type", FacetKind.Keyword, 20);
    public static readonly FacetDimension Language = new("language", FacetKind.Keyword, 20);
    public static readonly FacetDimension Year = new("year", FacetKind.YearRange, 10);
    public static readonly FacetDimension Subject = new("subject", FacetKind.Keyword, 15);
    public static readonly FacetDimension Author = new("author", FacetKind.Keyword, 15);
    public static readonly FacetDimension Library = new("library", FacetKind.Keyword, 20);
    public static readonly FacetDimension Location = new("location", FacetKind.Keyword, 20);
    public static readonly FacetDimension Available = new("available", FacetKind.Flag, 1);

    public static IReadOnlyList<FacetDimension> All { get; } = [ContentType, Language, Year, Subject, Author, Library, Location, Available];

    /// <summary>The dimensions counted from sorted-set doc values.</summary>
    public static IReadOnlyList<FacetDimension> Keywords { get; } = [.. All.Where(d => d.Kind == FacetKind.Keyword)];

    /// <summary>The position of a dimension in <see cref="Keywords"/> (the order facet arrays use), or -1 when it is not a keyword facet.</summary>
    public static int KeywordIndexOf(FacetDimension dimension)
    {
        for (var d = 0; d < Keywords.Count; d++)
        {
            if (Keywords[d] == dimension)
            {
                return d;
            }
        }

        return -1;
    }

    public static FacetDimension? Find(string key) => All.FirstOrDefault(d => string.Equals(d.Key, key, StringComparison.OrdinalIgnoreCase));
}

/// <summary>How a facet's values come about.</summary>
internal enum FacetKind
{
    /// <summary>Values are the record's own strings (language code, subject heading, library).</summary>
    Keyword,

    /// <summary>Values are fixed year ranges counted from the year doc value.</summary>
    YearRange,

    /// <summary>One value, "true": records with a copy available now.</summary>
    Flag,
}
