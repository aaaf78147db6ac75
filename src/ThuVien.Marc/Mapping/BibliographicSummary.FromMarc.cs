using System.Collections.Immutable;
using ThuVien.Marc.Identifiers;

namespace ThuVien.Marc.Mapping;

public sealed partial class BibliographicSummary
{
    /// <summary>Summarises a MARC 21 bibliographic record. Never throws for odd content: what cannot be read is left out.</summary>
    public static BibliographicSummary FromMarc(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var mainNames = ImmutableArray.CreateBuilder<NameEntry>();
        var addedNames = ImmutableArray.CreateBuilder<NameEntry>();
        var isbns = ImmutableArray.CreateBuilder<Isbn>();
        var issns = ImmutableArray.CreateBuilder<Issn>();
        var languages = new List<string>();
        var subjects = ImmutableArray.CreateBuilder<SubjectHeading>();
        var ddc = new List<string>();
        var udc = new List<string>();
        var series = new List<string>();
        var notes = ImmutableArray.CreateBuilder<BibliographicNote>();
        DataField? title = null, edition = null, physical = null, published = null, aacr2 = null, otherFunction = null, copyright = null;
        string? date1 = null;

        foreach (var field in record.Fields)
        {
            if (field is ControlField { Tag: "008" } fixedField)
            {
                date1 ??= FixedFields.Date1(fixedField.Value);
                AddOnce(languages, FixedFields.Language(fixedField.Value));
                continue;
            }

            if (field is not DataField data)
            {
                continue;
            }

            var tag = DublinCoreCrosswalk.TagNumber(data.Tag);
            switch (tag)
            {
                case 20:
                    AddIsbns(data, isbns);
                    break;
                case 22:
                    foreach (var value in data.Values('a'))
                    {
                        if (Issn.TryParse(value, out var issn) || issn.Status != StandardNumberStatus.Empty)
                        {
                            issns.Add(issn);
                        }
                    }

                    break;
                case 41:
                    foreach (var value in data.Values('a'))
                    {
                        foreach (var code in FixedFields.LanguageCodes(value))
                        {
                            AddOnce(languages, code);
                        }
                    }

                    break;
                case 80:
                    foreach (var value in data.Values('a'))
                    {
                        AddOnce(udc, SubfieldText.Clean(value));
                    }

                    break;
                case 82:
                    foreach (var value in data.Values('a'))
                    {
                        AddOnce(ddc, Classification.Dewey(value));
                    }

                    break;
                case 100 or 110 or 111:
                    AddName(tag, data, mainNames);
                    break;
                case 700 or 710 or 711 or 720:
                    AddName(tag, data, addedNames);
                    break;
                case 245:
                    title ??= data;
                    break;
                case 250:
                    edition ??= data;
                    break;
                case 260:
                    aacr2 ??= data;
                    break;
                case 264 when data.Ind2 == '1':
                    published ??= data;
                    break;
                case 264 when data.Ind2 == '4':
                    copyright ??= data;
                    break;
                case 264:
                    otherFunction ??= data;
                    break;
                case 300:
                    physical ??= data;
                    break;
                case 490:
                    AddOnce(series, SubfieldText.Join(data, "av"));
                    break;
                case 440 or 830:
                    AddOnce(series, SubfieldText.Join(data, "anpv"));
                    break;
                case >= 500 and <= 599:
                    if (NoteText.Of(tag, data) is { } note)
                    {
                        notes.Add(new BibliographicNote(data.Tag, note));
                    }

                    break;
                case 600 or 610 or 611 or 630 or 648 or 650 or 651 or 655:
                    if (SubfieldText.Heading(data, tag == 611 ? "j" : "e") is { } heading)
                    {
                        subjects.Add(new SubjectHeading(data.Tag, heading, Thesaurus(data)));
                    }

                    break;
            }
        }

        // RDA's 264 with second indicator 1 is the publication statement and 260 its AACR2 form;
        // an unpublished thesis or manuscript has only a production statement (264 second indicator 0).
        var publication = published ?? aacr2 ?? otherFunction;
        var publicationDate = publication is null ? null : JoinEach(publication, 'c');
        mainNames.AddRange(addedNames);
        return new BibliographicSummary
        {
            ControlNumber = Trimmed(record.ControlNumber),
            ControlNumberIdentifier = Trimmed(record.Control("003")),
            MaterialType = MaterialTypeOf(record.Leader),
            Title = title is null ? null : SubfieldText.Join(title, "abnp"),
            StatementOfResponsibility = title is null ? null : SubfieldText.Join(title, "c"),
            Names = mainNames.ToImmutable(),
            Edition = edition is null ? null : SubfieldText.Join(edition, "ab"),
            PlaceOfPublication = publication is null ? null : JoinEach(publication, 'a'),
            Publisher = publication is null ? null : JoinEach(publication, 'b'),
            PublicationDate = publicationDate,
            Year = FixedFields.Year(publicationDate)
                ?? (copyright is null ? null : FixedFields.Year(JoinEach(copyright, 'c')))
                ?? FixedFields.Year(date1),
            Isbns = isbns.ToImmutable(),
            Issns = issns.ToImmutable(),
            Languages = [.. languages],
            Subjects = subjects.ToImmutable(),
            Ddc = [.. ddc],
            Udc = [.. udc],
            PhysicalDescription = physical is null ? null : SubfieldText.Join(physical, "abcefg"),
            Series = [.. series],
            Notes = notes.ToImmutable(),
        };
    }

    /// <summary>Leader/06 type of record, and Leader/07 bibliographic level for language material (MARC 21 Bibliographic, Leader).</summary>
    internal static MaterialType MaterialTypeOf(Leader leader) => leader.TypeOfRecord switch
    {
        'a' => leader.BibliographicLevel switch
        {
            'b' or 's' => MaterialType.Serial,
            'i' => MaterialType.IntegratingResource,
            _ => MaterialType.Book,
        },
        't' => MaterialType.ManuscriptText,
        'c' => MaterialType.MusicScore,
        'd' => MaterialType.ManuscriptMusic,
        'e' => MaterialType.Map,
        'f' => MaterialType.ManuscriptMap,
        'g' => MaterialType.ProjectedMedium,
        'i' => MaterialType.SoundRecording,
        'j' => MaterialType.MusicRecording,
        'k' => MaterialType.StillImage,
        'm' => MaterialType.ComputerFile,
        'o' => MaterialType.Kit,
        'p' => MaterialType.MixedMaterials,
        'r' => MaterialType.ThreeDimensionalObject,
        _ => MaterialType.Unknown,
    };

    private static void AddIsbns(DataField field, ImmutableArray<Isbn>.Builder isbns)
    {
        // RDA records the qualifier in $q after the $a it qualifies; AACR2 put it in $a in parentheses.
        var last = -1;
        foreach (var subfield in field.Subfields)
        {
            if (subfield.Code == 'a')
            {
                if (Isbn.TryParse(subfield.Value, out var isbn) || isbn.Status != StandardNumberStatus.Empty)
                {
                    isbns.Add(isbn);
                    last = isbns.Count - 1;
                }
                else
                {
                    last = -1;
                }
            }
            else if (subfield.Code == 'q' && last >= 0 && isbns[last].Qualifier.Length == 0)
            {
                isbns[last] = isbns[last].WithQualifier(subfield.Value);
            }
        }
    }

    private static void AddName(int tag, DataField field, ImmutableArray<NameEntry>.Builder names)
    {
        if (NameHeading.Text(tag, field) is not { } name)
        {
            return;
        }

        var kind = (tag % 100) switch
        {
            0 => NameKind.Person,
            10 => NameKind.Organization,
            11 => NameKind.Meeting,
            _ => NameKind.Uncontrolled,
        };
        names.Add(new NameEntry(field.Tag, name, kind, tag < 200, NameHeading.RelatorTerms(tag, field), NameHeading.RelatorCodes(field)));
    }

    /// <summary>The subject heading system named by the second indicator (MARC 21 Bibliographic 6XX), or $2 when it is 7.</summary>
    private static string? Thesaurus(DataField field) => field.Ind2 switch
    {
        '0' => "lcsh",
        '1' => "lcshac",
        '2' => "mesh",
        '3' => "nal",
        '5' => "cash",
        '6' => "rvm",
        '7' => field['2'] is { } source ? SubfieldText.Clean(source) : null,
        _ => null,
    };

    private static string? JoinEach(DataField field, char code)
    {
        string? joined = null;
        foreach (var value in field.Values(code))
        {
            if (SubfieldText.Clean(value) is { } part)
            {
                joined = joined is null ? part : $"{joined} ; {part}";
            }
        }

        return joined;
    }

    private static void AddOnce(List<string> values, string? value)
    {
        if (value is not null && !values.Contains(value))
        {
            values.Add(value);
        }
    }

    private static string? Trimmed(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
