using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;
using Lucene.Net.Util;
using ThuVien.Search;
using ThuVien.Search.Analysis;
using ThuVien.Search.Facets;

namespace ThuVien.Tests.Search.Facets;

/// <summary>
/// Facet counts checked against a plain count of the same documents, over an index of several segments
/// (each with its own ordinals) where documents carry from none to many values, so every layout the
/// counting arrays take — one column, several, overflow — is exercised, with deletions in between.
/// </summary>
public sealed class FacetCollectorTests : IDisposable
{
    private const int Documents = 3_000;
    private static readonly string[] Subjects = [.. Enumerable.Range(0, 300).Select(i => $"Chủ đề {i}")];
    private static readonly string[] Types = ["book", "serial", "map", "music score"];
    private static readonly string[] Libraries = ["TVHN", "TVHCM", "TVDN"];

    private readonly Directory _directory = new RAMDirectory();
    private readonly List<Doc> _docs = [];

    public FacetCollectorTests()
    {
        var random = new Random(20261125);
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, new VietnameseAnalyzer()) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using var writer = new IndexWriter(_directory, config);
        for (var i = 0; i < Documents; i++)
        {
            // Segment by segment, a different mix: the first has many multi-valued documents, the last nearly none.
            var segment = i * 4 / Documents;
            var subjectCount = random.Next(0, segment switch { 0 => 9, 1 => 4, 2 => 3, _ => 2 });
            var doc = new Doc(
                i,
                random.Next(3) == 0 ? null : Types[random.Next(Types.Length)],
                [.. Enumerable.Range(0, subjectCount).Select(_ => Subjects[random.Next(random.Next(2) == 0 ? 10 : Subjects.Length)]).Distinct()],
                [.. Libraries.Where(_ => random.Next(3) == 0)],
                random.Next(5) == 0 ? null : random.Next(1850, 2026),
                random.Next(2) == 0);
            _docs.Add(doc);
            writer.AddDocument(doc.ToDocument());
            if ((i + 1) % (Documents / 4) == 0)
            {
                writer.Commit();
            }
        }

        // Deleted documents must not be counted.
        foreach (var doc in _docs.Where(d => d.Id % 17 == 0))
        {
            writer.DeleteDocuments(new Term("id", doc.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        writer.Commit();
        _docs.RemoveAll(d => d.Id % 17 == 0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Counts_each_value_of_the_matching_documents_once(int divisor)
    {
        using var reader = DirectoryReader.Open(_directory);
        Assert.True(reader.Leaves.Count >= 4, "the index should have several segments");
        var searcher = new IndexSearcher(reader);
        Lucene.Net.Search.Query query = divisor == 0
            ? new MatchAllDocsQuery()
            : new TermQuery(new Term("mod", (divisor % 7).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var matching = _docs.Where(d => divisor == 0 || d.Id % 7 == divisor % 7).ToList();

        using var collector = new FacetCollector(ReaderFacets.For(reader));
        searcher.Search(query, collector);
        var results = collector.Results(new Dictionary<string, IReadOnlyList<string>>()).ToDictionary(r => r.Name);

        AssertCounts(results["type"], matching.Where(d => d.Type is not null).GroupBy(d => d.Type!), FacetDimension.ContentType.Limit);
        AssertCounts(results["subject"], matching.SelectMany(d => d.Subjects).GroupBy(s => s), FacetDimension.Subject.Limit);
        AssertCounts(results["library"], matching.SelectMany(d => d.Libraries).GroupBy(s => s), FacetDimension.Library.Limit);
        Assert.Equal(matching.Count(d => d.Available), Assert.Single(results["available"].Values).Count);
        var decades = matching.Where(d => d.Year is not null).GroupBy(d => YearRanges.IndexOf(d.Year!.Value)).ToDictionary(g => YearRanges.Label(YearRanges.All[g.Key]), g => g.Count());
        Assert.Equal(decades.OrderBy(p => p.Key), results["year"].Values.ToDictionary(v => v.Value, v => v.Count).OrderBy(p => p.Key));
    }

    [Fact]
    public void Counts_every_value_of_a_dimension_by_shared_ordinal()
    {
        using var reader = DirectoryReader.Open(_directory);
        var facets = ReaderFacets.For(reader);
        var subject = FacetDimension.KeywordIndexOf(FacetDimension.Subject);
        using var collector = new FacetCollector(facets);
        new IndexSearcher(reader).Search(new MatchAllDocsQuery(), collector);

        var counts = collector.CountsOf(subject).ToArray();
        var expected = _docs.SelectMany(d => d.Subjects).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.Count, counts.Count(c => c > 0));
        for (var ordinal = 0; ordinal < counts.Length; ordinal++)
        {
            if (counts[ordinal] > 0)
            {
                Assert.Equal(expected[facets.ValueOf(subject, ordinal)], counts[ordinal]);
            }
        }
    }

    [Fact]
    public void An_empty_index_has_facets_without_values()
    {
        using var empty = new RAMDirectory();
        using (var writer = new IndexWriter(empty, new IndexWriterConfig(VietnameseAnalyzer.Version, new VietnameseAnalyzer())))
        {
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(empty);
        using var collector = new FacetCollector(ReaderFacets.For(reader));
        new IndexSearcher(reader).Search(new MatchAllDocsQuery(), collector);

        var results = collector.Results(new Dictionary<string, IReadOnlyList<string>>());
        Assert.Equal(FacetDimension.All.Count, results.Count);
        Assert.All(results, r => Assert.Empty(r.Values));
    }

    public void Dispose() => _directory.Dispose();

    private static void AssertCounts(FacetResult result, IEnumerable<IGrouping<string, string>> expected, int limit) =>
        AssertCounts(result, expected.Select(g => (g.Key, g.Count())), limit);

    private static void AssertCounts(FacetResult result, IEnumerable<IGrouping<string, Doc>> expected, int limit) =>
        AssertCounts(result, expected.Select(g => (g.Key, g.Count())), limit);

    private static void AssertCounts(FacetResult result, IEnumerable<(string Value, int Count)> expected, int limit)
    {
        // Most frequent first; among equal counts, the value that sorts first.
        var top = expected.OrderByDescending(e => e.Count).ThenBy(e => e.Value, StringComparer.Ordinal).Take(limit).ToList();
        Assert.Equal(top, result.Values.Select(v => (v.Value, v.Count)).ToList());
    }

    private sealed record Doc(int Id, string? Type, string[] Subjects, string[] Libraries, int? Year, bool Available)
    {
        public Document ToDocument()
        {
            var document = new Document
            {
                new StringField("id", Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
                new StringField("mod", (Id % 7).ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
                new NumericDocValuesField(FacetDimension.Available.Key, Available ? 1 : 0),
            };
            if (Type is not null)
            {
                AddFacet(document, FacetDimension.ContentType, Type);
            }

            foreach (var subject in Subjects)
            {
                AddFacet(document, FacetDimension.Subject, subject);
            }

            foreach (var library in Libraries)
            {
                AddFacet(document, FacetDimension.Library, library);
            }

            if (Year is { } year)
            {
                document.Add(new NumericDocValuesField(SearchFields.Year, year));
            }

            return document;
        }

        private static void AddFacet(Document document, FacetDimension dimension, string value) =>
            document.Add(new SortedSetDocValuesField(SearchFields.Facet(dimension), new BytesRef(value)));
    }
}
