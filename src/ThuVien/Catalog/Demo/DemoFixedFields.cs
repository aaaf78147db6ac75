using System.Globalization;

using ThuVien.Marc;

namespace ThuVien.Catalog.Demo;

/// <summary>The leader and field 008 of a demo record (MARC21 Bibliographic, "Leader" and "008 - All Materials").</summary>
internal static class DemoFixedFields
{
    /// <summary>008/00-05: every demo record was "entered" on the same day, so the output never changes.</summary>
    public const string DateEntered = "240115";

    /// <summary>005: the same fixed moment for every record.</summary>
    public const string LatestTransaction = "20240115093000.0";

    /// <summary>
    /// Leader/06 type of record and /07 bibliographic level from the kind; /19 says whether the
    /// record is one part of a multipart set (c: the part's title depends on the set's).
    /// Lengths and base address are left for the writer to compute.
    /// </summary>
    public static Leader LeaderOf(DemoWork work)
    {
        var (type, level) = work.Kind switch
        {
            DemoKind.Serial => ('a', 's'),
            DemoKind.Thesis => ('t', 'm'),
            DemoKind.Map => ('e', 'm'),
            DemoKind.SpokenWord => ('i', 'm'),
            DemoKind.Music => ('j', 'm'),
            DemoKind.Video => ('g', 'm'),
            _ => ('a', 'm'),
        };
        var multipart = work.PartNumber is null ? ' ' : work.PartName is null ? 'c' : 'b';
        return new Leader(string.Concat("00000n", type.ToString(), level.ToString(), " a2200000 i", multipart.ToString(), "4500"));
    }

    public static string Field008Of(DemoWork work)
    {
        var value = string.Concat(DateEntered, Dates(work), work.Publisher.Country, MaterialSpecific(work), work.Language, " d");
        if (value.Length != 40)
        {
            throw new InvalidOperationException($"008 of \"{work.Title}\" has {value.Length} characters, not 40: [{value}]");
        }

        return value;
    }

    /// <summary>008/06-14: c continuing (serials), p distribution and production dates (films), s single date.</summary>
    private static string Dates(DemoWork work)
    {
        var year = Year(work.Year);
        if (work.Kind == DemoKind.Serial)
        {
            return $"c{year}9999";
        }

        return work.ProductionYear is { } made ? $"p{year}{Year(made)}" : $"s{year}    ";
    }

    /// <summary>008/18-34, laid out per material (MARC21 008 Books, Continuing Resources, Maps, Music, Visual Materials).</summary>
    private static string MaterialSpecific(DemoWork work)
    {
        var audience = work.Audience.ToString();
        switch (work.Kind)
        {
            case DemoKind.Serial:
                var serial = work.Serial ?? throw new InvalidOperationException($"serial \"{work.Title}\" has no frequency");
                return string.Concat(serial.Frequency.ToString(), "r ", serial.Type.ToString(), "      ", " 0", "   ", "b0");
            case DemoKind.Map:
                var atlas = work.Map?.IsAtlas == true;
                return string.Concat("    ", "   ", atlas ? "e" : "a", "     ", atlas ? "1" : "0", "   ");
            case DemoKind.Music:
                return string.Concat(work.Ddc.StartsWith("781.6", StringComparison.Ordinal) ? "fm" : "pp", "nn", audience, " ", "      ", "  ", " n ");
            case DemoKind.SpokenWord:
                return string.Concat("nn", "nn", audience, " ", "      ", work.LiteraryForm == 'p' ? "p " : "f ", " n ");
            case DemoKind.Video:
                var minutes = work.Minutes > 999 ? "000" : work.Minutes.ToString("D3", CultureInfo.InvariantCulture);
                return string.Concat(minutes, " ", audience, "     ", " ", " ", "   ", "vl");
            default:
                var illustrations = work.Illustrated ? "a   " : "    ";
                var form = work.Kind == DemoKind.EBook ? "o" : " ";
                var index = work.Kind == DemoKind.Reference ? "1" : "0";
                return string.Concat(illustrations, audience, form, work.NatureOfContents.PadRight(4), " 00", index, " ", work.LiteraryForm.ToString(), work.Biography.ToString());
        }
    }

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
