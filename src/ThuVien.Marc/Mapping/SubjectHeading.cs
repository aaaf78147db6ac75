namespace ThuVien.Marc.Mapping;

/// <summary>A subject or genre heading with its subdivisions joined by " -- ": "Baseball -- Fiction".</summary>
/// <param name="Tag">The field it came from ("650").</param>
/// <param name="Heading">The heading.</param>
/// <param name="Thesaurus">
/// Its source: "lcsh", "lcshac", "mesh", "nal", "cash" or "rvm" from the second indicator, the
/// $2 code when the indicator is 7, or null when unspecified.
/// </param>
public sealed record SubjectHeading(string Tag, string Heading, string? Thesaurus);
