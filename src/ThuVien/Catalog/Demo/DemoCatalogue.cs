using ThuVien.Marc;

namespace ThuVien.Catalog.Demo;

/// <summary>The demo catalogue a new node loads on an empty database (placeholder until the generator lands).</summary>
internal static class DemoCatalogue
{
    public static IEnumerable<MarcRecord> Generate() => [];
}
