using Lucene.Net.Index;
using Lucene.Net.Search;
using ThuVien.Search.Facets;
using ThuVien.Search.Indexing;
using ThuVien.Search.Query;
using ThuVien.Search.Querying;

namespace ThuVien.Search;

/// <summary>
/// Searching the catalogue: the one query path behind the OPAC's pages and the JSON API. At most as many
/// searches run at once as there are cores, the rest wait their turn: on a small machine this keeps
/// latency even under load instead of letting every request slow every other.
/// </summary>
internal sealed partial class CatalogSearch(SearchIndex index) : IDisposable
{
    private readonly SemaphoreSlim _workers = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        await _workers.WaitAsync(cancellationToken);
        try
        {
            return Search(request);
        }
        finally
        {
            _workers.Release();
        }
    }

    /// <summary>Up to <paramref name="limit"/> titles (or author names) completing what was typed.</summary>
    public async Task<IReadOnlyList<string>> CompleteAsync(string? typed, bool authors, int limit = 8, CancellationToken cancellationToken = default)
    {
        await _workers.WaitAsync(cancellationToken);
        try
        {
            using var lease = index.Acquire();
            return Autocomplete.Complete(lease.Searcher, typed, authors, Math.Clamp(limit, 1, 20));
        }
        finally
        {
            _workers.Release();
        }
    }

    public void Dispose() => _workers.Dispose();

    private SearchResult Search(SearchRequest request)
    {
        var size = Math.Clamp(request.Size, 1, SearchRequest.MaxSize);
        var page = Math.Max(1, request.Page);
        var parsed = SearchSyntax.Parse(request.Query);
        var query = Filtered(QueryTranslation.Translate(parsed.Root), request.FiltersOrEmpty);

        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var start = (page - 1) * size;
        var window = Math.Min(start + size, SearchRequest.MaxWindow);
        var sort = SortOrder.For(request.Sort);
        ITopDocsCollector ranked = sort is null
            ? TopScoreDocCollector.Create(Math.Max(window, 1), docsScoredInOrder: false)
            : TopFieldCollector.Create(sort, Math.Max(window, 1), fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        using var facets = request.WithFacets ? new FacetCollector(ReaderFacets.For(searcher.IndexReader)) : null;
        if (query is not null)
        {
            searcher.Search(query, facets is null ? ranked : MultiCollector.Wrap(ranked, facets));
        }

        var top = start < window ? ranked.GetTopDocs(start, window - start) : ranked.GetTopDocs(0, 0);
        var snippets = new Snippets(parsed.Root);
        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            hits.Add(ReadHit(searcher.IndexReader, scoreDoc.Doc, snippets));
        }

        var total = query is null ? 0 : ranked.TotalHits;
        return new SearchResult(
            total,
            page,
            size,
            hits,
            facets?.Results(request.FiltersOrEmpty) ?? [],
            total == 0 ? Suggestions.DidYouMean(searcher.IndexReader, parsed.Root, request.Query) : [],
            parsed.Notices);
    }

    /// <summary>Facet filters narrow without scoring: values of one facet are alternatives, facets combine.</summary>
    private static Lucene.Net.Search.Query? Filtered(Lucene.Net.Search.Query? query, IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        if (query is null || filters.Count == 0)
        {
            return query;
        }

        var combined = new BooleanQuery { { query, Occur.MUST } };
        foreach (var (key, values) in filters)
        {
            if (FacetDimension.Find(key) is not { } dimension || values.Count == 0)
            {
                continue;
            }

            var alternatives = new BooleanQuery();
            foreach (var value in values)
            {
                alternatives.Add(FilterFor(dimension, value), Occur.SHOULD);
            }

            combined.Add(new ConstantScoreQuery(alternatives) { Boost = 0 }, Occur.MUST);
        }

        return combined;
    }

    private static Lucene.Net.Search.Query FilterFor(FacetDimension dimension, string value)
    {
        if (dimension.Kind == FacetKind.YearRange)
        {
            return YearRanges.TryParse(value, out var from, out var to)
                ? NumericRangeQuery.NewInt32Range(SearchFields.Year, from, to, true, true)
                : new BooleanQuery();
        }

        if (dimension.Kind == FacetKind.Flag)
        {
            return FieldValues.IsTrue(value)
                ? new TermQuery(new Term(SearchFields.Facet(dimension), "true"))
                : new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { new TermQuery(new Term(SearchFields.Facet(dimension), "true")), Occur.MUST_NOT } };
        }

        return new TermQuery(new Term(SearchFields.Facet(dimension), value.Trim()));
    }

    private static SearchHit ReadHit(IndexReader reader, int doc, Snippets snippets)
    {
        var leaf = HitDisplay.LeafOf(reader, doc);
        var id = leaf.AtomicReader.GetNumericDocValues(SearchFields.Id).Get(doc - leaf.DocBase);
        var display = HitDisplay.Of(leaf, doc);
        return new SearchHit(
            id,
            display.Title,
            display.Authors,
            display.Year,
            display.Isbns,
            display.ContentType,
            display.Language,
            display.Publisher,
            display.Copies,
            display.AvailableCopies,
            snippets.For(display.Text));
    }
}
