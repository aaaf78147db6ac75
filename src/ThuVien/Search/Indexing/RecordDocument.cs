using Lucene.Net.Documents;
using Lucene.Net.Util;
using ThuVien.Catalog;
using Field = Lucene.Net.Documents.Field;
using MarcRecord = ThuVien.Marc.MarcRecord;
using ThuVien.Marc.Mapping;
using ThuVien.Search.Vietnamese;

namespace ThuVien.Search.Indexing;

/// <summary>Turns a stored record and its copies into the Lucene document the index keeps for it.</summary>
internal static class RecordDocument
{
    // Sorted-set values and sort keys are bytes in the index; long headings are cut, not rejected.
    private const int MaxKeywordLength = 200;
    private const int MaxDisplayTextLength = 320;

    public static Document Build(BibRecord row)
    {
        var marc = ThuVien.Marc.Iso2709.Iso2709Reader.ReadOne(row.Marc).Record ?? throw new InvalidDataException($"stored record {row.Id} cannot be read");
        return Build(row, marc);
    }

    public static Document Build(BibRecord row, MarcRecord marc)
    {
        var summary = BibliographicSummary.FromMarc(marc);
        var document = new Document
        {
            KeywordField.Of(SearchFields.Id, row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new NumericDocValuesField(SearchFields.Id, row.Id),
        };

        var title = summary.Title ?? row.Title;
        var authors = summary.Names.Select(n => n.Name).Where(n => n.Length > 0).Distinct().ToList();
        var subjects = summary.Subjects.Select(s => s.Heading).Where(s => s.Length > 0).Distinct().ToList();
        var notes = summary.Notes.Select(n => n.Text).ToList();

        AddText(document, SearchFields.Title, title);
        AddText(document, SearchFields.Title, summary.StatementOfResponsibility, alsoAny: false);
        foreach (var name in authors)
        {
            AddText(document, SearchFields.Author, name);
        }

        foreach (var subject in subjects)
        {
            AddText(document, SearchFields.Subject, subject);
        }

        foreach (var series in summary.Series)
        {
            AddText(document, SearchFields.Series, series);
        }

        AddText(document, SearchFields.Publisher, summary.Publisher);
        // Statements, editions, places and notes are searched word by word; pairs are kept for the
        // short fields where a two-syllable word says most (titles, names, subjects, series).
        AddAny(document, summary.StatementOfResponsibility, pairs: false);
        AddAny(document, summary.Edition, pairs: false);
        AddAny(document, summary.PlaceOfPublication, pairs: false);
        foreach (var note in notes)
        {
            AddAny(document, note, pairs: false);
        }

        foreach (var isbn in summary.Isbns.Where(i => i.IsValid))
        {
            AddKeyword(document, SearchFields.Isbn, isbn.Isbn13);
            AddKeyword(document, SearchFields.Isbn, isbn.Isbn10);
        }

        foreach (var issn in summary.Issns.Where(i => i.IsValid))
        {
            AddKeyword(document, SearchFields.Issn, issn.ToString().Replace("-", string.Empty, StringComparison.Ordinal));
        }

        foreach (var ddc in summary.Ddc)
        {
            AddKeyword(document, SearchFields.Ddc, ddc.Trim().ToLowerInvariant());
        }

        var year = summary.Year ?? row.Year;
        if (year is { } y)
        {
            document.Add(new Int32Field(SearchFields.Year, y, Field.Store.NO));
            document.Add(new NumericDocValuesField(SearchFields.Year, y));
        }

        AddFacet(document, FacetDimension.ContentType, row.ContentType);
        foreach (var language in summary.Languages.Where(l => l.Length == 3).Distinct())
        {
            AddFacet(document, FacetDimension.Language, language);
        }

        foreach (var subject in subjects)
        {
            AddFacet(document, FacetDimension.Subject, subject);
        }

        foreach (var name in authors)
        {
            AddFacet(document, FacetDimension.Author, name);
        }

        var available = 0;
        foreach (var item in row.Items)
        {
            if (item.Status == ItemStatus.Available)
            {
                available++;
            }
        }

        foreach (var library in row.Items.Select(i => i.Library).Where(l => !string.IsNullOrWhiteSpace(l)).Distinct())
        {
            AddFacet(document, FacetDimension.Library, library);
            AddText(document, SearchFields.Library, library, alsoAny: false);
        }

        foreach (var location in row.Items.Select(i => i.Location).Where(l => !string.IsNullOrWhiteSpace(l)).Distinct())
        {
            AddFacet(document, FacetDimension.Location, location);
            AddText(document, SearchFields.Location, location, alsoAny: false);
        }

        if (available > 0)
        {
            document.Add(KeywordField.Of(SearchFields.Facet(FacetDimension.Available), "true"));
        }

        document.Add(new NumericDocValuesField(FacetDimension.Available.Key, available > 0 ? 1 : 0));
        document.Add(new SortedDocValuesField(SearchFields.TitleSort, new BytesRef(VietnameseCollation.SortKey(title))));
        document.Add(new SortedDocValuesField(SearchFields.AuthorSort, new BytesRef(VietnameseCollation.SortKey(authors.FirstOrDefault() ?? "\uFFEF"))));

        var text = string.Join(" · ", new[] { summary.StatementOfResponsibility }.Concat(subjects).Concat(notes).Where(t => !string.IsNullOrWhiteSpace(t)));
        var display = new HitDisplay(
            title,
            authors,
            year,
            [.. summary.Isbns.Where(i => i.IsValid && i.Isbn13 is not null).Select(i => i.Isbn13!).Distinct()],
            row.ContentType,
            row.Language ?? summary.Languages.FirstOrDefault(),
            summary.Publisher,
            summary.Edition,
            row.Items.Count,
            available,
            text.Length <= MaxDisplayTextLength ? text : text[..MaxDisplayTextLength]);
        document.Add(new BinaryDocValuesField(SearchFields.Display, new BytesRef(display.ToBytes())));
        return document;
    }

    private static void AddText(Document document, string field, string? text, bool alsoAny = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (SearchFields.HasExactForm(field))
        {
            document.Add(new TextField(SearchFields.Exact(field), text, Field.Store.NO));
        }

        document.Add(new TextField(SearchFields.Folded(field), text, Field.Store.NO));
        if (alsoAny)
        {
            AddAny(document, text);
        }
    }

    private static void AddAny(Document document, string? text, bool pairs = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        document.Add(new TextField(SearchFields.Exact(SearchFields.Any), text, Field.Store.NO));
        document.Add(new TextField(SearchFields.Folded(SearchFields.Any), text, Field.Store.NO));
        if (pairs)
        {
            document.Add(new TextField(SearchFields.FoldedPairs(SearchFields.Any), text, Field.Store.NO));
        }
    }

    private static void AddKeyword(Document document, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(KeywordField.Of(field, value));
        }
    }

    private static void AddFacet(Document document, FacetDimension dimension, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        value = value.Trim();
        if (value.Length > MaxKeywordLength)
        {
            value = value[..MaxKeywordLength];
        }

        var field = SearchFields.Facet(dimension);
        document.Add(KeywordField.Of(field, value));
        document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
