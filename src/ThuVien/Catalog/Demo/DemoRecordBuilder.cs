using System.Globalization;

using ThuVien.Marc;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// Builds the MARC21 record of each demo work, in tag order, numbering records and copies as it
/// goes. One builder makes one catalogue: its counters (control numbers, ISBNs, barcodes) start
/// afresh with each builder, which is what makes the catalogue the same on every run.
/// </summary>
internal sealed class DemoRecordBuilder
{
    public const string OrganizationCode = "VN-ThuVien";

    private readonly Dictionary<string, int> _isbnsIssued = new(StringComparer.Ordinal);
    private readonly DemoCopies _copies = new();
    private int _number;

    public MarcRecord Build(DemoWork work)
    {
        _number++;
        var random = new SplitMix64(0x5448_5556_4945_4E00UL + (ulong)_number);
        var price = DemoCopies.PriceOf(work);
        var mark = AuthorMark.Of(FilingEntry(work));
        var callNumber = work.PartNumber is { } part ? $"{work.Ddc} {mark} {VolumeDesignator(part)}" : $"{work.Ddc} {mark}";

        var fields = new List<Field>
        {
            new ControlField("001", string.Create(CultureInfo.InvariantCulture, $"TV{_number:D6}")),
            new ControlField("003", OrganizationCode),
            new ControlField("005", DemoFixedFields.LatestTransaction),
            new ControlField("008", DemoFixedFields.Field008Of(work)),
        };
        if (NextIsbn(work) is { } isbn)
        {
            fields.Add(price is { } p && work.Publisher.IsVietnamese
                ? Field("020", ' ', ' ', ('a', isbn), ('c', string.Create(CultureInfo.InvariantCulture, $"{p}đ")))
                : Field("020", ' ', ' ', ('a', isbn)));
        }

        if (work.Serial is { } serial)
        {
            fields.Add(Field("022", '0', ' ', ('a', Issn.Complete(serial.IssnDigits))));
        }

        if (work.Map is { Denominator: { } scale })
        {
            fields.Add(Field("034", '1', ' ', ('a', "a"), ('b', scale.ToString(CultureInfo.InvariantCulture))));
        }

        fields.Add(Field("040", ' ', ' ', ('a', OrganizationCode), ('b', "vie"), ('e', "rda"), ('c', OrganizationCode)));
        fields.Add(DescriptiveFields.Languages(work));
        fields.Add(Field("082", '0', '4', ('a', work.Ddc), ('b', mark), ('2', "23")));
        if (DescriptiveFields.MainEntry(work) is { } mainEntry)
        {
            fields.Add(mainEntry);
        }

        if (work.OriginalTitle is { } original && work.Author is not null)
        {
            fields.Add(Field("240", '1', TitleStatement.Nonfiling(original, work.TranslatedFrom), ('a', original + "."), ('l', LanguageNames.Of(work.Language))));
        }

        fields.Add(TitleStatement.For(work, work.Author is not null || !work.Body.IsEmpty));
        fields.AddRange(DescriptiveFields.EditionToSeries(work));
        fields.AddRange(DescriptiveFields.Notes(work));
        fields.AddRange(work.Subjects.Select(SubjectHeading.ToField));
        fields.AddRange(work.Contributors.Select(c => DescriptiveFields.Person("700", c.Person, c.Role)));
        if (work.Series is { } series)
        {
            fields.Add(work.SeriesNumber is { } number
                ? Field("830", ' ', TitleStatement.Nonfiling(series, work.Language), ('a', series + " ;"), ('v', number))
                : Field("830", ' ', TitleStatement.Nonfiling(series, work.Language), ('a', series)));
        }

        if (work.Url is { } url)
        {
            fields.Add(Field("856", '4', '0', ('u', url), ('z', "Xem toàn văn trực tuyến")));
        }

        var copies = _copies.For(work, callNumber, price, random).ToList();
        fields.Add(Field("942", ' ', ' ', ('c', copies[0]['y']!)));
        fields.AddRange(copies);
        return new MarcRecord(DemoFixedFields.LeaderOf(work), fields);
    }

    internal static DataField Field(string tag, char ind1, char ind2, params (char Code, string Value)[] subfields) =>
        new(tag, ind1, ind2, subfields.Select(s => new Subfield(s.Code, s.Value)));

    /// <summary>"T. 3", "Tập hai" and "Volume I" all shelve as T.3, T.2, T.1.</summary>
    private static string VolumeDesignator(string part)
    {
        var digits = string.Concat(part.Where(char.IsAsciiDigit));
        if (digits.Length == 0)
        {
            digits = part[(part.LastIndexOf(' ') + 1)..] switch
            {
                "một" or "I" => "1",
                "hai" or "II" => "2",
                "ba" or "III" => "3",
                _ => throw new InvalidOperationException($"no volume number in \"{part}\""),
            };
        }

        return "T." + digits;
    }

    /// <summary>The word a call number files under: the main entry's first word, else the title's after any article.</summary>
    private static string FilingEntry(DemoWork work)
    {
        if (work.Author is { } author)
        {
            return author.Heading;
        }

        if (!work.Body.IsEmpty)
        {
            return work.Body[0];
        }

        return work.Title[(TitleStatement.Nonfiling(work.Title, work.Language) - '0')..];
    }

    /// <summary>
    /// Vietnamese publishers print ISBNs on editions from 2008 on; theses, serials, recordings, films
    /// and e-books here carry none. Within one prefix the title numbers step by a prime, so they look
    /// scattered yet never repeat.
    /// </summary>
    private string? NextIsbn(DemoWork work)
    {
        if (work.Publisher.IsbnPrefix is not { } prefix
            || work.Kind is not (DemoKind.Book or DemoKind.Textbook or DemoKind.Children or DemoKind.Reference or DemoKind.Map)
            || work.Year < (work.Publisher.IsVietnamese ? 2008 : 1970))
        {
            return null;
        }

        var issued = _isbnsIssued.GetValueOrDefault(prefix);
        _isbnsIssued[prefix] = issued + 1;
        var width = 12 - prefix.Length;
        var range = 1;
        for (var i = 0; i < width; i++)
        {
            range *= 10;
        }

        var title = (int)(((long)(prefix.Length * 1237) + ((long)issued * 7919)) % range);
        return Isbn13.Complete(prefix + title.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'));
    }
}
