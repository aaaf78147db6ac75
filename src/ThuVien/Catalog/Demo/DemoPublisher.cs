namespace ThuVien.Catalog.Demo;

/// <summary>A publisher as 264 gives it, with its MARC country code (008/15-17) and ISBN prefix.</summary>
/// <param name="Name">264 $b ("Nxb. Văn học").</param>
/// <param name="Place">264 $a ("Hà Nội").</param>
/// <param name="Country">MARC Code List for Countries, three characters ("vm ", "enk", "nyu").</param>
/// <param name="IsbnPrefix">
/// EAN prefix, registration group and registrant as digits ("97860469"), or null for a publisher
/// without ISBNs. The prefixes sit in the right groups (604 is Vietnam) but the registrants are
/// illustrative; every ISBN built from them is synthetic, valid and unique, not a real edition's.
/// </param>
internal sealed record DemoPublisher(string Name, string Place, string Country, string? IsbnPrefix)
{
    public bool IsVietnamese => Country == "vm ";
}
