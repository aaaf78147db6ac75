using System.Collections.Immutable;
using ThuVien.Marc.Identifiers;

namespace ThuVien.Marc.Mapping;

/// <summary>
/// What a catalogue shows of a bibliographic record: title, names, edition, publication,
/// identifiers, subjects, classification, description, series and notes. Text is NFC and
/// free of trailing ISBD punctuation. Made by <see cref="FromMarc"/>.
/// </summary>
public sealed partial class BibliographicSummary
{
    /// <summary>The control number (001).</summary>
    public string? ControlNumber { get; private init; }

    /// <summary>The MARC organization code of the control number's owner (003).</summary>
    public string? ControlNumberIdentifier { get; private init; }

    /// <summary>The kind of material, from Leader/06-07.</summary>
    public MaterialType MaterialType { get; private init; }

    /// <summary>The title proper with other title information, number and name of part (245 $a $b $n $p).</summary>
    public string? Title { get; private init; }

    /// <summary>The statement of responsibility (245 $c).</summary>
    public string? StatementOfResponsibility { get; private init; }

    /// <summary>The main entry name (1XX) first if there is one, then the added entry names (7XX), in record order.</summary>
    public ImmutableArray<NameEntry> Names { get; private init; } = [];

    /// <summary>The edition statement (250 $a $b).</summary>
    public string? Edition { get; private init; }

    /// <summary>Place of publication: $a of 264 with second indicator 1, else of 260, else of another 264 (production, distribution, manufacture); several joined by " ; ".</summary>
    public string? PlaceOfPublication { get; private init; }

    /// <summary>Publisher (the same field's $b; several joined by " ; ").</summary>
    public string? Publisher { get; private init; }

    /// <summary>The date of publication as recorded (the same field's $c): "c2002", "[2012]".</summary>
    public string? PublicationDate { get; private init; }

    /// <summary>The year of publication: from the publication date, else a copyright date (264 second indicator 4), else 008/07-10.</summary>
    public int? Year { get; private init; }

    /// <summary>ISBNs from 020 $a, valid or not (see <see cref="Isbn.Status"/>).</summary>
    public ImmutableArray<Isbn> Isbns { get; private init; } = [];

    /// <summary>ISSNs from 022 $a, valid or not (see <see cref="Issn.Status"/>).</summary>
    public ImmutableArray<Issn> Issns { get; private init; } = [];

    /// <summary>Language codes (MARC Code List for Languages): 008/35-37, then 041 $a, each once.</summary>
    public ImmutableArray<string> Languages { get; private init; } = [];

    /// <summary>Subject and genre headings: 600, 610, 611, 630, 648, 650, 651, 655.</summary>
    public ImmutableArray<SubjectHeading> Subjects { get; private init; } = [];

    /// <summary>Dewey Decimal Classification numbers (082 $a) without segmentation marks.</summary>
    public ImmutableArray<string> Ddc { get; private init; } = [];

    /// <summary>Universal Decimal Classification numbers (080 $a).</summary>
    public ImmutableArray<string> Udc { get; private init; } = [];

    /// <summary>The physical description (300): "500 p. ; 22 cm".</summary>
    public string? PhysicalDescription { get; private init; }

    /// <summary>Series statements (490, and the series added entries 440, 830), each once.</summary>
    public ImmutableArray<string> Series { get; private init; } = [];

    /// <summary>Notes (5XX) in record order.</summary>
    public ImmutableArray<BibliographicNote> Notes { get; private init; } = [];
}
