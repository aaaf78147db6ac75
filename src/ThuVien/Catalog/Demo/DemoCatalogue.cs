using ThuVien.Marc;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// The demo catalogue a new node loads on an empty database: some 370 MARC21 records of a Vietnamese
/// public library (literature, translations, textbooks, children's books, history, reference works,
/// serials, theses, maps, recordings, films and e-books) with their copies as Koha 952 fields, so the
/// normal import path loads them. Fixed data and fixed seeds: the same records, byte for byte, on
/// every run and every machine.
/// </summary>
internal static class DemoCatalogue
{
    public static IEnumerable<MarcRecord> Generate()
    {
        var builder = new DemoRecordBuilder();
        return DemoWorks.All().Select(builder.Build).ToList();
    }
}
