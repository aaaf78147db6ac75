using System.Collections.Immutable;

namespace ThuVien.Marc.Mapping;

/// <summary>A name responsible for the work, from a main entry (1XX) or an added entry (7XX).</summary>
/// <param name="Tag">The field it came from ("100", "700").</param>
/// <param name="Name">The name without relators or title parts: "Đào, Duy Anh", "Chabon, Michael".</param>
/// <param name="Kind">Person, organization, meeting or uncontrolled name.</param>
/// <param name="IsMainEntry">True for the 1XX main entry.</param>
/// <param name="Roles">Relator terms as recorded ($e, or $j in X11): "khảo đính", "editor".</param>
/// <param name="RoleCodes">Relator codes ($4): "edt", "trl".</param>
public sealed record NameEntry(string Tag, string Name, NameKind Kind, bool IsMainEntry, ImmutableArray<string> Roles, ImmutableArray<string> RoleCodes);
