namespace ThuVien.Catalog.Demo;

/// <summary>
/// A person (or family) as a heading for 100/700. Vietnamese names are entered in direct order
/// (first indicator 0, as Vietnamese libraries do); Western names inverted (first indicator 1);
/// a family such as "Ngô gia văn phái" takes first indicator 3.
/// </summary>
/// <param name="Heading">The name as entered in $a ("Nguyễn Du", "Hugo, Victor").</param>
/// <param name="Dates">Dates for $d ("1765-1820", "1955-"), or null.</param>
/// <param name="NameType">First indicator of 100/700.</param>
/// <param name="Display">The name as a title page gives it, for 245 $c; null derives it from the heading.</param>
internal sealed record DemoPerson(string Heading, string? Dates, char NameType, string? Display = null)
{
    public static DemoPerson Direct(string name, string? dates = null) => new(name, dates, '0');

    public static DemoPerson Inverted(string heading, string? dates = null, string? display = null) =>
        new(heading, dates, '1', display);

    public static DemoPerson Family(string name) => new(name, null, '3');

    /// <summary>"Hugo, Victor" reads "Victor Hugo" on a title page.</summary>
    public string TitlePageName => Display ?? (NameType == '1' && Heading.IndexOf(", ", StringComparison.Ordinal) is var comma and > 0
        ? string.Concat(Heading.AsSpan(comma + 2), " ", Heading.AsSpan(0, comma))
        : Heading);
}
