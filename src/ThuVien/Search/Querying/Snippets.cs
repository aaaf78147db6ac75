using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using ThuVien.Search.Query;

namespace ThuVien.Search.Querying;

/// <summary>
/// A short passage of a hit's text with the query's words marked: HTML-encoded text with &lt;mark&gt;
/// around matches, found on the folded form so "duong" marks "đường" too.
/// </summary>
internal sealed class Snippets
{
    private const int FragmentLength = 160;
    private static readonly MinimalHtmlEncoder Encoder = new();
    private readonly Highlighter? _highlighter;

    public Snippets(QueryNode root)
    {
        var terms = new BooleanQuery();
        Collect(root, terms);
        if (terms.Clauses.Count > 0)
        {
            _highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, new QueryScorer(terms, SearchFields.Folded(SearchFields.Any)))
            {
                TextFragmenter = new SimpleFragmenter(FragmentLength),
            };
        }
    }

    public string For(string text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (_highlighter is not null)
        {
            var field = SearchFields.Folded(SearchFields.Any);
            using var tokens = TextTerms.SharedAnalyzer.GetTokenStream(field, text);
            var best = _highlighter.GetBestFragments(tokens, text, 2, " … ");
            if (!string.IsNullOrEmpty(best))
            {
                return best;
            }
        }

        return Encoder.EncodeText(text.Length <= FragmentLength ? text : text[..FragmentLength] + "…");
    }

    private static void Collect(QueryNode node, BooleanQuery terms)
    {
        switch (node)
        {
            case Word { Prefix: true } prefix when IsText(prefix.Field):
                foreach (var term in TextTerms.Of(SearchFields.Folded(SearchFields.Any), prefix.Text))
                {
                    terms.Add(new PrefixQuery(new Term(SearchFields.Folded(SearchFields.Any), term)), Occur.SHOULD);
                }

                break;
            case Word { Prefix: false } word when IsText(word.Field):
                AddTerms(word.Text, terms);
                if (Vietnamese.VietnameseInput.Decode(word.Text) is { } decoded)
                {
                    AddTerms(decoded, terms);
                }

                break;
            case Phrase phrase when IsText(phrase.Field):
                AddTerms(phrase.Text, terms);
                break;
            case And and:
                foreach (var item in and.Clauses)
                {
                    Collect(item, terms);
                }

                break;
            case Or or:
                foreach (var item in or.Clauses)
                {
                    Collect(item, terms);
                }

                break;
        }
    }

    private static void AddTerms(string text, BooleanQuery terms)
    {
        var field = SearchFields.Folded(SearchFields.Any);
        foreach (var term in TextTerms.Of(field, text))
        {
            terms.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }
    }

    private static bool IsText(SearchField field) =>
        field is SearchField.Any or SearchField.Title or SearchField.Author or SearchField.Subject or SearchField.Series or SearchField.Publisher;
}
