using System.Globalization;

using ThuVien.Marc;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// The copies of each demo work as Koha 952 fields: $a home and $b holding library, $c shelving
/// location, $o call number, $p barcode, $y item type, $g price, $d date acquired, $7 not for loan,
/// $h serial issue, $z public note, $8 collection. Barcodes run on from one counter, so they are unique
/// and the same on every run.
/// </summary>
internal sealed class DemoCopies
{
    public const string MainLibrary = "MAIN";
    public const string BranchLibrary = "CN1";

    /// <summary>The serial issues on the shelves are the year's before the demo's fixed date.</summary>
    private const int SerialYear = 2023;

    private static readonly string[] Notes =
    [
        "Sách biếu tặng",
        "Bìa đã được bọc lại",
        "Có chữ ký của tác giả",
        "Bản in cũ, giấy ngả vàng",
        "Kèm phiếu ghi chú của người tặng",
    ];

    private int _nextBarcode = 10_000_001;

    public IEnumerable<DataField> For(DemoWork work, string callNumber, int? price, SplitMix64 random)
    {
        var shelf = Shelf.Of(work);
        var count = random.Between(shelf.MinCopies, shelf.MaxCopies);
        for (var copy = 1; copy <= count; copy++)
        {
            var home = copy > 1 && shelf.Branches && random.Chance(35) ? BranchLibrary : MainLibrary;
            var holding = random.Chance(4) ? (home == MainLibrary ? BranchLibrary : MainLibrary) : home;
            var subfields = new List<Subfield>
            {
                new('a', home),
                new('b', holding),
                new('c', shelf.Location(work)),
                new('o', callNumber),
                new('p', string.Create(CultureInfo.InvariantCulture, $"TV{_nextBarcode++:D8}")),
                new('y', shelf.ItemType),
            };
            if (price is { } value)
            {
                subfields.Add(new Subfield('g', value.ToString(CultureInfo.InvariantCulture)));
            }

            subfields.Add(new Subfield('d', Acquired(work, copy, count, random)));
            subfields.Add(new Subfield('7', shelf.NotForLoan ? "1" : "0"));
            if (work.Kind == DemoKind.Serial)
            {
                subfields.Add(new Subfield('h', string.Create(CultureInfo.InvariantCulture, $"Số {copy} ({SerialYear})")));
            }
            else if (random.Chance(6))
            {
                subfields.Add(new Subfield('z', random.Pick(Notes)));
            }

            subfields.Add(new Subfield('8', Collection(work)));
            yield return new DataField("952", ' ', ' ', subfields);
        }
    }

    /// <summary>Purchase price in đồng, also given in 020 $c; null for what the library did not buy.</summary>
    public static int? PriceOf(DemoWork work)
    {
        var price = work.Kind switch
        {
            DemoKind.Thesis or DemoKind.EBook => 0,
            DemoKind.Serial => 35_000,
            DemoKind.Map => work.Map?.IsAtlas == true ? 48_000 : 35_000,
            DemoKind.SpokenWord or DemoKind.Music => 120_000,
            DemoKind.Video => 150_000,
            _ when !work.Publisher.IsVietnamese => (work.Pages * 700) + 180_000,
            DemoKind.Children => (work.Pages * 130) + 10_000,
            DemoKind.Textbook => (work.Pages * 150) + 5_000,
            _ => (work.Pages * 280) + 20_000,
        };
        return price == 0 ? null : (price + 999) / 1000 * 1000;
    }

    /// <summary>
    /// The collection code ($8) by kind, and for general books by DDC: VHVN Vietnamese literature, VHNN
    /// other literature, KHKT science and technology (computing included), KHXH social sciences,
    /// NN languages, NT arts, LSDL history and geography, TV library science, TQ other generalities.
    /// </summary>
    public static string Collection(DemoWork work) => work.Kind switch
    {
        DemoKind.Textbook => "SGK",
        DemoKind.Children => "TN",
        DemoKind.Reference => "TC",
        DemoKind.Serial => "AP",
        DemoKind.Thesis => "LV",
        DemoKind.Map => "BD",
        DemoKind.SpokenWord or DemoKind.Music or DemoKind.Video => "NV",
        DemoKind.EBook => "DT",
        _ when work.Ddc.StartsWith("895.92", StringComparison.Ordinal) => "VHVN",
        _ when work.Ddc.StartsWith("02", StringComparison.Ordinal) => "TV",
        _ when work.Ddc.StartsWith("00", StringComparison.Ordinal) => "KHKT",
        _ => work.Ddc[0] switch
        {
            '0' => "TQ",
            '1' or '2' or '3' => "KHXH",
            '4' => "NN",
            '5' or '6' => "KHKT",
            '7' => "NT",
            '8' => "VHNN",
            _ => "LSDL",
        },
    };

    /// <summary>
    /// A date from the year of publication (or 2010, when the library opened, for older editions)
    /// up to two years later, never after the demo's fixed date; serial issues arrive in their month.
    /// </summary>
    private static string Acquired(DemoWork work, int copy, int count, SplitMix64 random)
    {
        int year, month;
        if (work.Kind == DemoKind.Serial)
        {
            var perYear = work.Serial?.IssuesPerYear ?? 12;
            year = SerialYear;
            month = Math.Min(12, ((copy - 1) * 12 / Math.Max(perYear, count)) + 1);
        }
        else
        {
            var first = Math.Max(work.Year, 2010);
            year = Math.Min(first + random.Between(0, 2), 2023);
            month = random.Between(1, 12);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{random.Between(1, 28):D2}");
    }

    /// <summary>Where a kind of material is shelved, what item type it circulates as, and how many copies it has.</summary>
    private sealed record Shelf(string ItemType, string DefaultLocation, bool NotForLoan, int MinCopies, int MaxCopies, bool Branches)
    {
        public static Shelf Of(DemoWork work) => work.Kind switch
        {
            DemoKind.Textbook => new("BOOK", "KHO-MO", false, 2, 5, true),
            DemoKind.Children => new("CHILD", "THIEU-NHI", false, 2, 5, true),
            DemoKind.Reference => new("REF", "THAM-KHAO", true, 1, 3, false),
            DemoKind.Serial => new("SERIAL", "TAP-CHI", false, 3, 5, false),
            DemoKind.Thesis => new("THESIS", "LUAN-VAN", true, 1, 2, false),
            DemoKind.EBook => new("EBOOK", "TRUC-TUYEN", false, 1, 1, false),
            DemoKind.Map => new("MAP", "THAM-KHAO", true, 1, 2, false),
            DemoKind.SpokenWord or DemoKind.Music => new("CD", "DA-PHUONG-TIEN", false, 1, 3, false),
            DemoKind.Video => new("DVD", "DA-PHUONG-TIEN", false, 1, 3, false),
            _ => new("BOOK", "KHO-MO", false, 1, 4, true),
        };

        /// <summary>Primary-school textbooks stand with the children's books.</summary>
        public string Location(DemoWork work) =>
            work.Kind == DemoKind.Textbook && work.Audience == 'b' ? "THIEU-NHI" : DefaultLocation;
    }
}
