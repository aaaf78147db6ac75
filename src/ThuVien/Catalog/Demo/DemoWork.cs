using System.Collections.Immutable;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// One bibliographic resource of the demo catalogue, described once; <see cref="DemoRecordBuilder"/>
/// turns it into MARC21 fields and its copies into Koha-style 952 fields.
/// </summary>
internal sealed record DemoWork
{
    public required DemoKind Kind { get; init; }

    /// <summary>245 $a, without ISBD punctuation.</summary>
    public required string Title { get; init; }

    /// <summary>245 $b, other title information ("tiểu thuyết").</summary>
    public string? Subtitle { get; init; }

    /// <summary>245 $n ("T. 1").</summary>
    public string? PartNumber { get; init; }

    /// <summary>245 $p ("Cơ - Nhiệt").</summary>
    public string? PartName { get; init; }

    public DemoPerson? Author { get; init; }

    /// <summary>110: a body and its subordinate units ("Viện Hàn lâm Khoa học xã hội Việt Nam", "Viện Sử học").</summary>
    public ImmutableArray<string> Body { get; init; } = [];

    public ImmutableArray<DemoContribution> Contributors { get; init; } = [];

    /// <summary>245 $c when the title page words it otherwise than the author and contributors would give.</summary>
    public string? Responsibility { get; init; }

    public string? Edition { get; init; }

    public required DemoPublisher Publisher { get; init; }

    /// <summary>Year of this edition (264 $c, 008/07-10); first year of a serial.</summary>
    public required int Year { get; init; }

    /// <summary>Year a film was made, when the disc came out later (008/06 p).</summary>
    public int? ProductionYear { get; init; }

    /// <summary>MARC language code of the text (008/35-37, first 041 $a).</summary>
    public string Language { get; init; } = "vie";

    /// <summary>Further languages of the text (041 $a), as in a bilingual dictionary.</summary>
    public ImmutableArray<string> AlsoIn { get; init; } = [];

    /// <summary>Language of subtitles (041 $j).</summary>
    public string? SubtitlesIn { get; init; }

    /// <summary>Language of the original of a translation (041 $h).</summary>
    public string? TranslatedFrom { get; init; }

    /// <summary>Title of the original of a translation (240 and a 500 note).</summary>
    public string? OriginalTitle { get; init; }

    /// <summary>DDC 23 number for 082 and the call number.</summary>
    public required string Ddc { get; init; }

    public int Pages { get; init; }

    public bool Illustrated { get; init; }

    public int Height { get; init; } = 21;

    /// <summary>300 $a when it is not a count of pages ("4 tập").</summary>
    public string? Extent { get; init; }

    /// <summary>300 $c when it is not a height ("79 x 109 cm").</summary>
    public string? Dimensions { get; init; }

    public bool BlackAndWhite { get; init; }

    /// <summary>Running time in minutes of a recording or film.</summary>
    public int Minutes { get; init; }

    /// <summary>008/22 target audience (j juvenile, b primary, c pre-adolescent, d adolescent, f specialised, g general).</summary>
    public char Audience { get; init; } = ' ';

    /// <summary>008/24-27 nature of contents (d dictionaries, e encyclopaedias, b bibliographies, m theses).</summary>
    public string NatureOfContents { get; init; } = "";

    /// <summary>008/33 literary form (0 not fiction, 1 fiction, f novels, j short stories, p poetry, d drama, e essays).</summary>
    public char LiteraryForm { get; init; } = '0';

    /// <summary>008/34 biography (a autobiography, d contains biographical information).</summary>
    public char Biography { get; init; } = ' ';

    public ImmutableArray<DemoSubject> Subjects { get; init; } = [];

    /// <summary>490/830 series title, and the number within it.</summary>
    public string? Series { get; init; }

    public string? SeriesNumber { get; init; }

    public string? Note { get; init; }

    /// <summary>520 summary.</summary>
    public string? Summary { get; init; }

    /// <summary>505 contents (song titles, stories).</summary>
    public ImmutableArray<string> Contents { get; init; } = [];

    /// <summary>508 production credits.</summary>
    public string? Credits { get; init; }

    /// <summary>511 performers or cast.</summary>
    public string? Cast { get; init; }

    public DemoThesis? Thesis { get; init; }

    public DemoSerial? Serial { get; init; }

    public DemoMap? Map { get; init; }

    /// <summary>856 $u of an e-book.</summary>
    public string? Url { get; init; }
}
