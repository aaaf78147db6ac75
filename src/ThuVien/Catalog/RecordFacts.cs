using System.Security.Cryptography;
using System.Text;
using ThuVien.Marc;
using ThuVien.Marc.Mapping;

namespace ThuVien.Catalog;

/// <summary>
/// What the catalogue extracts from a bibliographic record for lists and for matching on import:
/// the columns of <see cref="BibRecord"/> and the record's keys.
/// </summary>
internal sealed record RecordFacts(
    string Title,
    string? MainAuthor,
    int? Year,
    IReadOnlyList<string> Isbns,
    string? Issn,
    string? Language,
    string ContentType,
    string? ControlNumber,
    string? ControlNumberSource,
    string Fingerprint)
{
    public static RecordFacts From(MarcRecord record)
    {
        var summary = BibliographicSummary.FromMarc(record);
        return new RecordFacts(
            Truncate(summary.Title, 2000) ?? string.Empty,
            Truncate(summary.Names.FirstOrDefault(n => n.IsMainEntry)?.Name, 500),
            summary.Year,
            [.. summary.Isbns.Where(i => i.IsValid && i.Isbn13 is not null).Select(i => i.Isbn13!).Distinct()],
            summary.Issns.Where(i => i.IsValid).Select(i => i.ToString()).FirstOrDefault(),
            summary.Languages.FirstOrDefault() is { Length: 3 } language ? language : null,
            ContentTypeName(summary.MaterialType),
            record.ControlNumber?.Trim(),
            record.Control("003")?.Trim(),
            FingerprintOf(record));
    }

    /// <summary>"book", "serial", "music score": the material type in the words the API and the OPAC use.</summary>
    public static string ContentTypeName(MaterialType type)
    {
        var name = type.ToString();
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];

    public void CopyTo(BibRecord row)
    {
        row.Title = Title;
        row.MainAuthor = MainAuthor;
        row.Year = Year;
        row.Isbns = Isbns.Count == 0 ? null : string.Join(' ', Isbns);
        row.Issn = Issn;
        row.Language = Language;
        row.ContentType = ContentType;
        row.ControlNumber = ControlNumber;
        row.ControlNumberSource = ControlNumberSource;
        row.Fingerprint = Fingerprint;
    }

    /// <summary>The keys under which the record can be found again, strongest first.</summary>
    public IEnumerable<(RecordKeyKind Kind, string Value)> Keys()
    {
        if (ControlNumber is not null)
        {
            yield return (RecordKeyKind.ControlNumber, $"{ControlNumberSource}|{ControlNumber}");
        }

        foreach (var isbn in Isbns)
        {
            yield return (RecordKeyKind.Isbn, isbn);
        }

        if (Issn is not null)
        {
            yield return (RecordKeyKind.Issn, Issn);
        }

        // Only a record with no identifier is ever matched by its fingerprint (see IncomingRecord.KeysFor),
        // so only such a record needs the key stored.
        if (ControlNumber is null && Isbns.Count == 0 && Issn is null)
        {
            yield return (RecordKeyKind.Fingerprint, Fingerprint);
        }
    }

    /// <summary>
    /// SHA-256 of the bibliographic content, leaving out what changes without the description
    /// changing: 001, 003, 005 and item fields. Text is NFC and case-folded, so the same record
    /// exported by two systems gets the same fingerprint.
    /// </summary>
    private static string FingerprintOf(MarcRecord record)
    {
        var text = new StringBuilder(1024);
        text.Append(record.Leader.Value.AsSpan(5, 4)).Append('\n');
        foreach (var field in record.Fields)
        {
            if (field.Tag is "001" or "003" or "005" || ItemFields.IsItemField(field))
            {
                continue;
            }

            text.Append(field.Tag);
            switch (field)
            {
                case ControlField control:
                    text.Append(control.Value);
                    break;
                case DataField data:
                    text.Append(data.Indicators);
                    foreach (var subfield in data.Subfields)
                    {
                        text.Append('\u001F').Append(subfield.Code).Append(subfield.Value.Normalize(NormalizationForm.FormC).ToUpperInvariant());
                    }

                    break;
            }

            text.Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
