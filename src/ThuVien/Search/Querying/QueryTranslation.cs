using Lucene.Net.Index;
using Lucene.Net.Search;
using ThuVien.Marc.Identifiers;
using ThuVien.Search.Query;
using ThuVien.Search.Vietnamese;

namespace ThuVien.Search.Querying;

/// <summary>
/// Turns the search box's syntax tree into a Lucene query. Every word is sought in its exact form and in
/// its folded form, the exact form weighing more, so "đường" ranks "đường" before "dương" while "duong"
/// finds both; a word typed in Telex or VNI is also sought as the Vietnamese it spells; adjacent words
/// also score as a pair, so "thư viện" ranks records that hold the word above ones with the two syllables apart.
/// </summary>
internal static class QueryTranslation
{
    private const float ExactBoost = 2.0f;
    private const float DecodedBoost = 1.5f;
    private const float DecodedFoldedBoost = 0.8f;
    private const float PairBoost = 1.5f;
    private const float TitleBoost = 0.6f;

    /// <summary>The query, or null when nothing in the tree can match anything (only punctuation, say).</summary>
    public static Lucene.Net.Search.Query? Translate(QueryNode node) => node switch
    {
        MatchAll => new MatchAllDocsQuery(),
        Word word => ForWord(word),
        Phrase phrase => ForPhrase(phrase.Field, phrase.Text),
        YearRange range => NumericRangeQuery.NewInt32Range(SearchFields.Year, range.From, range.To, true, true),
        And and => ForAnd(and.Clauses),
        Or or => ForOr(or.Clauses),
        Not not => ForAnd([MatchAll.Instance, not]),
        _ => null,
    };

    private static Lucene.Net.Search.Query? ForAnd(IReadOnlyList<QueryNode> items)
    {
        var query = new BooleanQuery();
        var required = 0;
        var excluded = 0;
        foreach (var item in items)
        {
            if (item is Not not)
            {
                if (Translate(not.Clause) is { } negative)
                {
                    query.Add(negative, Occur.MUST_NOT);
                    excluded++;
                }
            }
            else if (Translate(item) is WordQuery word)
            {
                // A word's clauses join the conjunction itself: one flat query scores several times
                // faster than a conjunction of small nested ones, and matches the same records.
                foreach (var clause in word.Clauses)
                {
                    query.Add(clause);
                }

                required++;
            }
            else if (Translate(item) is { } positive)
            {
                query.Add(positive, Occur.MUST);
                required++;
            }
        }

        if (required == 0)
        {
            if (excluded == 0)
            {
                return null;
            }

            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        AddPairs(query, items);
        return required == 1 && excluded == 0 && query.Clauses.Count == 1 ? query.Clauses[0].Query : query;
    }

    private static BooleanQuery? ForOr(IReadOnlyList<QueryNode> items)
    {
        var query = new BooleanQuery();
        foreach (var item in items)
        {
            if (Translate(item) is { } alternative)
            {
                query.Add(alternative, Occur.SHOULD);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    private static Lucene.Net.Search.Query? ForWord(Word word) => word.Field switch
    {
        SearchField.Isbn => ForIsbn(word.Text),
        SearchField.Issn => new TermQuery(new Term(SearchFields.Issn, StandardNumberKey(word.Text))),
        SearchField.Year => YearTerm(word.Text),
        SearchField.Language => new TermQuery(new Term(SearchFields.Facet(FacetDimension.Language), FieldValues.LanguageCode(word.Text))),
        SearchField.ContentType => new TermQuery(new Term(SearchFields.Facet(FacetDimension.ContentType), FieldValues.ContentType(word.Text))),
        SearchField.Ddc => new PrefixQuery(new Term(SearchFields.Ddc, word.Text.Trim().ToLowerInvariant())),
        SearchField.Available => FieldValues.IsTrue(word.Text)
            ? new TermQuery(new Term(SearchFields.Facet(FacetDimension.Available), "true"))
            : ForAnd([MatchAll.Instance, new Not(new Word(SearchField.Available, "true", false))]),
        _ => word.Prefix ? ForPrefix(TextField(word.Field), word.Text) : ForText(TextField(word.Field), word.Text),
    };

    private static Lucene.Net.Search.Query? ForText(string field, string text)
    {
        var exact = TextTerms.Of(SearchFields.Exact(SearchFields.Any), text);
        if (exact.Count == 0)
        {
            return null;
        }

        if (exact.Count > 1)
        {
            // "sách-giáo-khoa", "e-mail": one typed word that analysis splits is a phrase.
            return ForPhrase(field, text);
        }

        // The folded form decides what matches (the word as typed, or the syllable its Telex/VNI
        // spells); the exact form only adds to the score of records that have the very word.
        var folded = VietnameseText.Fold(exact[0]);
        var decoded = VietnameseInput.Decode(text) is { } spelled && spelled != exact[0] ? spelled : null;
        Lucene.Net.Search.Query matches = new TermQuery(new Term(SearchFields.Folded(field), folded));
        if (decoded is not null && VietnameseText.Fold(decoded) != folded)
        {
            matches = new BooleanQuery(disableCoord: true)
            {
                { matches, Occur.SHOULD },
                { Boosted(new TermQuery(new Term(SearchFields.Folded(field), VietnameseText.Fold(decoded))), DecodedFoldedBoost), Occur.SHOULD },
            };
        }

        var exactField = SearchFields.ExactFormOf(field);
        var query = new WordQuery { { matches, Occur.MUST } };
        if (VietnameseText.HasVietnameseDiacritics(exact[0]))
        {
            // Only a word typed with its marks says which spelling is meant; "van" typed bare should
            // not prefer the Dutch "van" over "văn".
            query.Add(Boosted(new TermQuery(new Term(exactField, exact[0])), ExactBoost), Occur.SHOULD);
        }

        if (decoded is not null)
        {
            query.Add(Boosted(new TermQuery(new Term(exactField, decoded)), DecodedBoost), Occur.SHOULD);
        }

        if (field == SearchFields.Any)
        {
            query.Add(Boosted(new TermQuery(new Term(SearchFields.Folded(SearchFields.Title), folded)), TitleBoost), Occur.SHOULD);
        }

        return query;
    }

    private static Lucene.Net.Search.Query? ForPrefix(string field, string text)
    {
        var exact = TextTerms.Of(SearchFields.Exact(SearchFields.Any), text);
        if (exact.Count != 1)
        {
            return ForText(field, text);
        }

        var folded = new PrefixQuery(new Term(SearchFields.Folded(field), VietnameseText.Fold(exact[0])));
        if (!VietnameseText.HasVietnameseDiacritics(exact[0]))
        {
            // As for a whole word, a prefix typed bare says nothing about marks; and each prefix clause
            // walks every word it expands to, which for a short prefix is a good part of the index.
            return folded;
        }

        return new BooleanQuery
        {
            { folded, Occur.MUST },
            { Boosted(new PrefixQuery(new Term(SearchFields.ExactFormOf(field), exact[0])), ExactBoost), Occur.SHOULD },
        };
    }

    private static Lucene.Net.Search.Query? ForPhrase(SearchField searchField, string text) => searchField switch
    {
        SearchField.Isbn or SearchField.Issn or SearchField.Year or SearchField.Language or SearchField.ContentType or SearchField.Ddc or SearchField.Available
            => ForWord(new Word(searchField, text, false)),
        _ => ForPhrase(TextField(searchField), text),
    };

    private static Lucene.Net.Search.Query? ForPhrase(string field, string text)
    {
        var exact = TextTerms.Of(SearchFields.Exact(SearchFields.Any), text);
        if (exact.Count == 0)
        {
            return null;
        }

        if (exact.Count == 1)
        {
            return ForText(field, text);
        }

        return new BooleanQuery
        {
            { PhraseOf(SearchFields.Folded(field), TextTerms.Of(SearchFields.Folded(SearchFields.Any), text)), Occur.MUST },
            { Boosted(PhraseOf(SearchFields.ExactFormOf(field), exact), ExactBoost), Occur.SHOULD },
        };
    }

    /// <summary>Adds "these two words side by side" as optional, score-raising clauses.</summary>
    private static void AddPairs(BooleanQuery query, IReadOnlyList<QueryNode> items)
    {
        string? previous = null;
        foreach (var item in items)
        {
            if (item is Word { Field: SearchField.Any, Prefix: false } word)
            {
                var exact = TextTerms.Of(SearchFields.Exact(SearchFields.Any), word.Text);
                if (exact.Count == 1)
                {
                    var folded = VietnameseText.Fold(VietnameseInput.Decode(word.Text) ?? exact[0]);
                    if (previous is not null)
                    {
                        query.Add(Boosted(new TermQuery(new Term(SearchFields.FoldedPairs(SearchFields.Any), previous + " " + folded)), PairBoost), Occur.SHOULD);
                    }

                    previous = folded;
                    continue;
                }
            }

            previous = null;
        }
    }

    private static PhraseQuery PhraseOf(string field, List<string> terms)
    {
        var phrase = new PhraseQuery();
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }

        return phrase;
    }

    private static TermQuery ForIsbn(string text)
    {
        var key = StandardNumberKey(text);
        return Isbn.TryParse(key, out var isbn) && isbn.IsValid && isbn.Isbn13 is { } isbn13
            ? new TermQuery(new Term(SearchFields.Isbn, isbn13))
            : new TermQuery(new Term(SearchFields.Isbn, key));
    }

    private static NumericRangeQuery<int>? YearTerm(string text) =>
        int.TryParse(text, out var year) ? NumericRangeQuery.NewInt32Range(SearchFields.Year, year, year, true, true) : null;

    /// <summary>ISBN/ISSN as indexed: digits and X only.</summary>
    private static string StandardNumberKey(string text)
    {
        Span<char> key = stackalloc char[Math.Min(text.Length, 32)];
        var length = 0;
        foreach (var c in text)
        {
            if (length < key.Length && (char.IsAsciiDigit(c) || c is 'x' or 'X'))
            {
                key[length++] = char.ToUpperInvariant(c);
            }
        }

        return new string(key[..length]);
    }

    private static string TextField(SearchField field) => field switch
    {
        SearchField.Title => SearchFields.Title,
        SearchField.Author => SearchFields.Author,
        SearchField.Subject => SearchFields.Subject,
        SearchField.Series => SearchFields.Series,
        SearchField.Publisher => SearchFields.Publisher,
        SearchField.Library => SearchFields.Library,
        SearchField.Location => SearchFields.Location,
        _ => SearchFields.Any,
    };

    /// <summary>The clauses of one word: a required match and optional clauses that raise its score.</summary>
    private sealed class WordQuery : BooleanQuery;

    private static T Boosted<T>(T query, float boost)
        where T : Lucene.Net.Search.Query
    {
        query.Boost = boost;
        return query;
    }
}
