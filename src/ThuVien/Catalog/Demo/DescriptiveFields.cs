using System.Globalization;

using ThuVien.Marc;

using static ThuVien.Catalog.Demo.DemoRecordBuilder;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// The variable fields of a demo record between the coded data and the subjects: 041, main entry,
/// edition, imprint, physical description, RDA types, series and notes, punctuated as ISBD and
/// LC-PCC practice do (commas before $d and $e, no full stop closing an access point).
/// </summary>
internal static class DescriptiveFields
{
    public static DataField Languages(DemoWork work)
    {
        var subfields = new List<(char, string)>();
        var spoken = work.Kind is DemoKind.Music or DemoKind.SpokenWord;
        subfields.Add((spoken ? 'd' : 'a', work.Language));
        subfields.AddRange(work.AlsoIn.Select(code => ('a', code)));
        if (work.SubtitlesIn is { } subtitles)
        {
            subfields.Add(('j', subtitles));
        }

        if (work.TranslatedFrom is { } original)
        {
            subfields.Add(('h', original));
        }

        return Field("041", work.TranslatedFrom is null ? '0' : '1', ' ', [.. subfields]);
    }

    public static DataField? MainEntry(DemoWork work)
    {
        if (work.Author is { } author)
        {
            return Person("100", author, null);
        }

        if (work.Body.IsEmpty)
        {
            return null;
        }

        var subfields = new List<(char, string)> { ('a', work.Body[0]) };
        subfields.AddRange(work.Body.Skip(1).Select(unit => ('b', unit)));
        for (var i = 0; i < subfields.Count - 1; i++)
        {
            subfields[i] = (subfields[i].Item1, subfields[i].Item2 + ".");
        }

        return Field("110", '2', ' ', [.. subfields]);
    }

    public static DataField Person(string tag, DemoPerson person, string? role)
    {
        var subfields = new List<(char Code, string Value)> { ('a', person.Heading) };
        if (person.Dates is { } dates)
        {
            subfields.Add(('d', dates));
        }

        if (role is not null)
        {
            subfields.Add(('e', role));
        }

        for (var i = 0; i < subfields.Count - 1; i++)
        {
            subfields[i] = (subfields[i].Code, subfields[i].Value + ",");
        }

        return Field(tag, person.NameType, ' ', [.. subfields]);
    }

    /// <summary>250, 255, 257, 264, 300, 310, 336-338, 362 and 490, in tag order.</summary>
    public static IEnumerable<DataField> EditionToSeries(DemoWork work)
    {
        if (work.Edition is { } edition)
        {
            yield return Field("250", ' ', ' ', ('a', edition.EndsWith('.') ? edition : edition + "."));
        }

        if (work.Map is { } map)
        {
            yield return Field("255", ' ', ' ', ('a', map.ScaleStatement + "."));
        }

        if (work.Kind == DemoKind.Video)
        {
            yield return Field("257", ' ', ' ', ('a', "Việt Nam."));
        }

        yield return Imprint(work);
        yield return PhysicalDescription(work);
        if (work.Serial is { } serial)
        {
            yield return Field("310", ' ', ' ', ('a', serial.FrequencyText));
        }

        foreach (var field in RdaTypes.Of(work))
        {
            yield return field;
        }

        if (work.Kind == DemoKind.Serial)
        {
            yield return Field("362", '1', ' ', ('a', string.Create(CultureInfo.InvariantCulture, $"Bắt đầu xuất bản từ năm {work.Year}.")));
        }

        if (work.Series is { } series)
        {
            yield return work.SeriesNumber is { } number
                ? Field("490", '1', ' ', ('a', series + " ;"), ('v', number))
                : Field("490", '1', ' ', ('a', series));
        }
    }

    /// <summary>500, 502, 505, 508, 511 and 520.</summary>
    public static IEnumerable<DataField> Notes(DemoWork work)
    {
        if (work.OriginalTitle is { } original && work.TranslatedFrom is { } language)
        {
            yield return Field("500", ' ', ' ', ('a', $"Dịch từ nguyên bản {LanguageNames.InText(language)}: {original}."));
        }

        if (work.Note is { } note)
        {
            yield return Field("500", ' ', ' ', ('a', note));
        }

        if (work.Thesis is { } thesis)
        {
            yield return Field("502", ' ', ' ', ('b', thesis.Degree), ('c', thesis.Institution), ('d', thesis.Year.ToString(CultureInfo.InvariantCulture)));
        }

        if (!work.Contents.IsEmpty)
        {
            yield return Field("505", '0', ' ', ('a', string.Join(" -- ", work.Contents) + "."));
        }

        if (work.Credits is { } credits)
        {
            yield return Field("508", ' ', ' ', ('a', credits));
        }

        if (work.Cast is { } cast)
        {
            yield return Field("511", work.Kind == DemoKind.Video ? '1' : '0', ' ', ('a', cast));
        }

        if (work.Summary is { } summary)
        {
            yield return Field("520", ' ', ' ', ('a', summary));
        }
    }

    /// <summary>264 _1 publication, or _0 production for an unpublished thesis (which has no publisher).</summary>
    private static DataField Imprint(DemoWork work)
    {
        var year = work.Year.ToString(CultureInfo.InvariantCulture);
        if (work.Kind == DemoKind.Thesis)
        {
            return Field("264", ' ', '0', ('a', work.Publisher.Place + ","), ('c', year + "."));
        }

        return Field("264", ' ', '1', ('a', work.Publisher.Place + " :"), ('b', work.Publisher.Name + ","), ('c', work.Kind == DemoKind.Serial ? year + "-" : year + "."));
    }

    /// <summary>300 in the language of cataloguing; it closes with a full stop when a series statement follows (LC-PCC PS 1.7.1).</summary>
    private static DataField PhysicalDescription(DemoWork work)
    {
        var pages = work.Pages.ToString(CultureInfo.InvariantCulture);
        var minutes = work.Minutes.ToString(CultureInfo.InvariantCulture);
        var height = work.Dimensions ?? string.Create(CultureInfo.InvariantCulture, $"{work.Height} cm");
        var (extent, details, size) = work.Kind switch
        {
            DemoKind.EBook => ("1 tài nguyên trực tuyến", null, null),
            DemoKind.Serial => ("tập", work.Illustrated ? "minh họa" : null, height),
            DemoKind.Thesis => (pages + " tờ", work.Illustrated ? "minh họa" : null, "30 cm"),
            DemoKind.Map => (work.Map?.IsAtlas == true ? $"1 tập bản đồ ({pages} tr.)" : "1 bản đồ", "màu", height),
            DemoKind.SpokenWord or DemoKind.Music => ($"1 đĩa CD ({minutes} phút)", "kỹ thuật số, stereo", "12 cm"),
            DemoKind.Video => ($"1 đĩa DVD ({minutes} phút)", work.BlackAndWhite ? "có tiếng, đen trắng" : "có tiếng, màu", "12 cm"),
            _ => (pages + " tr.", work.Illustrated ? "minh họa" : null, height),
        };
        extent = work.Extent ?? extent;

        var subfields = new List<(char Code, string Value)> { ('a', extent) };
        if (details is not null)
        {
            subfields[^1] = ('a', extent + " :");
            subfields.Add(('b', details));
        }

        if (size is not null)
        {
            subfields[^1] = (subfields[^1].Code, subfields[^1].Value + " ;");
            subfields.Add(('c', work.Series is null ? size : size + "."));
        }

        return Field("300", ' ', ' ', [.. subfields]);
    }
}
