using System.Collections.Immutable;
using ThuVien.Marc.Identifiers;

namespace ThuVien.Marc.Mapping;

/// <summary>
/// The Library of Congress "MARC to Dublin Core Crosswalk" (Network Development and MARC
/// Standards Office, 2008), part II "MARC to Dublin Core (unqualified)", with its appendix on
/// Leader/06-07 and dc:type. Additions, each marked where it is made: field 264 (defined in 2011)
/// beside 260, and the choice of element for names (<see cref="DublinCoreNames"/>).
/// </summary>
internal static class DublinCoreCrosswalk
{
    private const string LanguageCodeSubfields = "abdefghj";

    public static ImmutableArray<DublinCoreStatement> Map(MarcRecord record, DublinCoreNames names)
    {
        var description = new Statements();
        AddTypes(record.Leader, description);
        foreach (var field in record.Fields)
        {
            switch (field)
            {
                case ControlField { Tag: "008" } control:
                    AddFixedFields(control.Value, description);
                    break;
                case DataField data when TagNumber(data.Tag) is var tag and >= 0:
                    AddDataField(tag, data, names, description);
                    break;
            }
        }

        return description.ToImmutable();
    }

    /// <summary>Appendix: Leader/06 a, c, d, t Text; e, f, g, k Image; i, j Sound; m, o, p, r none; Leader/07 c, s Collection.</summary>
    private static void AddTypes(Leader leader, Statements description)
    {
        description.Add(DublinCoreElement.Type, leader.TypeOfRecord switch
        {
            'a' or 'c' or 'd' or 't' => "Text",
            'e' or 'f' or 'g' or 'k' => "Image",
            'i' or 'j' => "Sound",
            _ => null,
        });
        if (leader.BibliographicLevel is 'c' or 's')
        {
            description.Add(DublinCoreElement.Type, "Collection");
        }
    }

    /// <summary>008/07-10 (Date 1) to dc:date when it is a full year; 008/35-37 to dc:language.</summary>
    private static void AddFixedFields(string value, Statements description)
    {
        if (FixedFields.Date1(value) is { } year)
        {
            description.Add(DublinCoreElement.Date, year);
        }

        if (FixedFields.Language(value) is { } language)
        {
            description.Add(DublinCoreElement.Language, language);
        }
    }

    private static void AddDataField(int tag, DataField field, DublinCoreNames names, Statements description)
    {
        switch (tag)
        {
            case 20:
                foreach (var value in field.Values('a'))
                {
                    description.Add(DublinCoreElement.Identifier, IsbnIdentifier(value));
                }

                break;
            case 22:
                foreach (var value in field.Values('a'))
                {
                    description.Add(DublinCoreElement.Identifier, IssnIdentifier(value));
                }

                break;
            case 24:
                AddEach(field, 'a', DublinCoreElement.Identifier, description);
                break;
            case 41:
                foreach (var subfield in field.Subfields)
                {
                    if (LanguageCodeSubfields.Contains(subfield.Code, StringComparison.Ordinal))
                    {
                        foreach (var code in FixedFields.LanguageCodes(subfield.Value))
                        {
                            description.Add(DublinCoreElement.Language, code);
                        }
                    }
                }

                break;
            case 50 or 60:
                description.Add(DublinCoreElement.Subject, Classification.CallNumber(field));
                break;
            case 80:
                AddEach(field, 'a', DublinCoreElement.Subject, description);
                break;
            case 82:
                foreach (var value in field.Values('a'))
                {
                    description.Add(DublinCoreElement.Subject, Classification.Dewey(value));
                }

                break;
            case 100 or 110 or 111:
                description.Add(names == DublinCoreNames.AllAsContributor ? DublinCoreElement.Contributor : DublinCoreElement.Creator, NameHeading.Text(tag, field));
                break;
            case 700 or 710 or 711 or 720:
                description.Add(names == DublinCoreNames.AllAsCreator ? DublinCoreElement.Creator : DublinCoreElement.Contributor, NameHeading.Text(tag, field));
                break;
            case 245:
                description.Add(DublinCoreElement.Title, SubfieldText.Join(field, "abfgknps"));
                break;
            case 246:
                description.Add(DublinCoreElement.Title, SubfieldText.Join(field, "abfgnp"));
                break;
            case 260:
                description.Add(DublinCoreElement.Publisher, SubfieldText.Join(field, "ab"));
                AddEach(field, 'c', DublinCoreElement.Date, description);
                AddEach(field, 'g', DublinCoreElement.Date, description);
                break;
            case 264:
                // 264 (RDA, 2011) postdates the crosswalk; it is read as 260 is. Only a publication
                // statement (second indicator 1) names a publisher; every function carries a date.
                if (field.Ind2 == '1')
                {
                    description.Add(DublinCoreElement.Publisher, SubfieldText.Join(field, "ab"));
                }

                AddEach(field, 'c', DublinCoreElement.Date, description);
                break;
            case 340:
                description.Add(DublinCoreElement.Format, SubfieldText.JoinLetters(field, string.Empty));
                break;
            case 506 or 540:
                description.Add(DublinCoreElement.Rights, SubfieldText.JoinLetters(field, string.Empty));
                break;
            case 530:
                description.Add(DublinCoreElement.Relation, SubfieldText.JoinLetters(field, string.Empty));
                break;
            case 534:
                // A 534 (original version note) is both a note (500-599) and, by its $t, a source.
                description.Add(DublinCoreElement.Description, NoteText.Of(tag, field));
                AddEach(field, 't', DublinCoreElement.Source, description);
                break;
            case 546:
                description.Add(DublinCoreElement.Language, SubfieldText.JoinLetters(field, string.Empty));
                break;
            case >= 500 and <= 599:
                description.Add(DublinCoreElement.Description, NoteText.Of(tag, field));
                break;
            case 600 or 610 or 630 or 650:
                description.Add(DublinCoreElement.Subject, SubfieldText.Heading(field, "e"));
                break;
            case 611:
                description.Add(DublinCoreElement.Subject, SubfieldText.Heading(field, "j"));
                break;
            case 653:
                AddEach(field, 'a', DublinCoreElement.Subject, description);
                break;
            case 651:
                description.Add(DublinCoreElement.Coverage, SubfieldText.Heading(field, "e"));
                break;
            case 655:
                AddEach(field, 'a', DublinCoreElement.Type, description);
                break;
            case 662 or 752:
                description.Add(DublinCoreElement.Coverage, SubfieldText.Hierarchy(field, "abcdfgh"));
                break;
            case 751:
                AddEach(field, 'a', DublinCoreElement.Coverage, description);
                break;
            case >= 760 and <= 787:
                var linked = SubfieldText.Join(field, "ot");
                description.Add(DublinCoreElement.Relation, linked);
                if (tag == 786)
                {
                    description.Add(DublinCoreElement.Source, linked);
                }

                break;
            case 856:
                AddEach(field, 'q', DublinCoreElement.Format, description);
                foreach (var url in field.Values('u'))
                {
                    // A URL keeps its punctuation: only white space is trimmed.
                    description.Add(DublinCoreElement.Identifier, SubfieldText.Trimmed(url));
                }

                break;
        }
    }

    private static void AddEach(DataField field, char code, DublinCoreElement element, Statements description)
    {
        foreach (var value in field.Values(code))
        {
            description.Add(element, SubfieldText.Clean(value));
        }
    }

    /// <summary>A valid ISBN as a URN (RFC 3187), anything else as it was recorded.</summary>
    private static string? IsbnIdentifier(string value) =>
        Isbn.TryParse(value, out var isbn) ? "urn:isbn:" + isbn.Value : SubfieldText.Clean(value);

    /// <summary>A valid ISSN as a URN (RFC 3044), anything else as it was recorded.</summary>
    private static string? IssnIdentifier(string value) =>
        Issn.TryParse(value, out var issn) ? "urn:issn:" + issn.ToString() : SubfieldText.Clean(value);

    internal static int TagNumber(string tag) =>
        tag is [>= '0' and <= '9', >= '0' and <= '9', >= '0' and <= '9']
            ? ((tag[0] - '0') * 100) + ((tag[1] - '0') * 10) + (tag[2] - '0')
            : -1;

    /// <summary>The statements of one description, grouped by element in DCMES order, each value once.</summary>
    private sealed class Statements
    {
        private readonly List<string>?[] _values = new List<string>?[15];
        private int _count;

        public void Add(DublinCoreElement element, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            var list = _values[(int)element] ??= [];
            if (!list.Contains(value, StringComparer.Ordinal))
            {
                list.Add(value);
                _count++;
            }
        }

        public ImmutableArray<DublinCoreStatement> ToImmutable()
        {
            var result = ImmutableArray.CreateBuilder<DublinCoreStatement>(_count);
            for (var i = 0; i < _values.Length; i++)
            {
                if (_values[i] is { } list)
                {
                    foreach (var value in list)
                    {
                        result.Add(new DublinCoreStatement((DublinCoreElement)i, value));
                    }
                }
            }

            return result.MoveToImmutable();
        }
    }
}
