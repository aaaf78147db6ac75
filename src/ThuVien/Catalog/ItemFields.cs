using System.Globalization;
using ThuVien.Marc;

namespace ThuVien.Catalog;

/// <summary>
/// Reads copies from the fields that carry them: Koha's 952, or MARC holdings 876-878 (item
/// information, barcode in $p) with the location and call number of 852. Item fields are moved out
/// of the bibliographic record into the items table, which is their truth from then on.
/// </summary>
internal static class ItemFields
{
    public static readonly string[] Tags = ["952", "876", "877", "878"];

    public static bool IsItemField(Field field) => field is DataField && Array.IndexOf(Tags, field.Tag) >= 0;

    public static List<ItemData> Read(MarcRecord record)
    {
        var items = new List<ItemData>();
        foreach (var field in record.DataFields("952"))
        {
            if (Clean(field['p']) is { } barcode)
            {
                items.Add(new ItemData(
                    barcode,
                    CallNumber: Clean(field['o']),
                    Library: Clean(field['b']) ?? Clean(field['a']),
                    Location: Clean(field['c']),
                    ItemType: Clean(field['y']),
                    Status: KohaStatus(field),
                    Price: Price(field['g'] ?? field['v']),
                    AcquiredOn: Date(field['d']),
                    Notes: Clean(field['z'])));
            }
        }

        var holding = record.DataField("852");
        foreach (var tag in (string[])["876", "877", "878"])
        {
            foreach (var field in record.DataFields(tag))
            {
                if (Clean(field['p']) is { } barcode)
                {
                    items.Add(new ItemData(
                        barcode,
                        CallNumber: holding is null ? null : Clean(string.Join(' ', holding.Values("hijk"))),
                        Library: holding is null ? null : Clean(holding['b']) ?? Clean(holding['a']),
                        Location: holding is null ? null : Clean(holding['c']),
                        Price: Price(field['c']),
                        AcquiredOn: Date(field['d']),
                        Notes: Clean(field['z'])));
                }
            }
        }

        return items;
    }

    /// <summary>The record with Koha-style 952 fields for the given items, in place of any item fields.</summary>
    public static MarcRecord WithItems(MarcRecord record, IEnumerable<Item> items)
    {
        var result = record;
        foreach (var item in items.OrderBy(i => i.Barcode, StringComparer.Ordinal))
        {
            var subfields = new List<Subfield>();
            Add(subfields, 'a', item.Library);
            Add(subfields, 'b', item.Library);
            Add(subfields, 'c', item.Location);
            Add(subfields, 'd', item.AcquiredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add(subfields, 'g', item.Price?.ToString(CultureInfo.InvariantCulture));
            Add(subfields, 'o', item.CallNumber);
            Add(subfields, 'p', item.Barcode);
            Add(subfields, 'y', item.ItemType);
            Add(subfields, 'z', item.Notes);
            if (item.Status == ItemStatus.NotForLoan)
            {
                Add(subfields, '7', "1");
            }

            result = result.WithFieldAdded(new DataField("952", ' ', ' ', subfields));
        }

        return result;
    }

    private static void Add(List<Subfield> subfields, char code, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            subfields.Add(new Subfield(code, value));
        }
    }

    private static ItemStatus KohaStatus(DataField field) =>
        Clean(field['0']) is { } withdrawn && withdrawn != "0" ? ItemStatus.Withdrawn
        : Clean(field['1']) is { } lost && lost != "0" ? ItemStatus.Lost
        : Clean(field['4']) is { } damaged && damaged != "0" ? ItemStatus.Damaged
        : Clean(field['7']) is { } notForLoan && notForLoan != "0" ? ItemStatus.NotForLoan
        : ItemStatus.Available;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static decimal? Price(string? value)
    {
        var text = Clean(value);
        if (text is null)
        {
            return null;
        }

        var digits = new string([.. text.Where(c => char.IsAsciiDigit(c) || c == '.')]);
        return decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var price) ? price : null;
    }

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(Clean(value), ["yyyy-MM-dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
