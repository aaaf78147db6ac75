using ThuVien.Catalog;

namespace ThuVien.Web.Opac;

/// <summary>The copies of a record at one library and shelving location.</summary>
internal sealed record CopyGroup(string? Library, string? Location, IReadOnlyList<Item> Items)
{
    /// <summary>Groups by library then location, each in ordinal order, copies by call number then barcode.</summary>
    public static IReadOnlyList<CopyGroup> Of(IEnumerable<Item> items) =>
    [
        .. items
            .GroupBy(i => (i.Library, i.Location))
            .OrderBy(g => g.Key.Library ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Location ?? string.Empty, StringComparer.Ordinal)
            .Select(g => new CopyGroup(g.Key.Library, g.Key.Location,
            [
                .. g.OrderBy(i => i.CallNumber ?? string.Empty, StringComparer.Ordinal).ThenBy(i => i.Barcode, StringComparer.Ordinal),
            ])),
    ];
}
