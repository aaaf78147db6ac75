using Lucene.Net.Index;
using Lucene.Net.Search;
using ThuVien.Search.Query;

namespace ThuVien.Search.Querying;

/// <summary>
/// "Did you mean": when a search finds nothing, each word the index does not know is replaced by the
/// closest word it does know (edit distance up to 2, the most frequent among the closest). Words one edit
/// away are looked for first: that search visits a small part of the term dictionary, and most typing
/// slips (a swapped, missing or extra letter) are one edit.
/// </summary>
internal static class Suggestions
{
    public static IReadOnlyList<string> DidYouMean(IndexReader reader, QueryNode root, string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return [];
        }

        var replacements = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in Words(root))
        {
            var field = SearchFields.Folded(SearchFields.Any);
            var folded = TextTerms.Of(field, word);
            if (folded.Count != 1 || reader.DocFreq(new Term(field, folded[0])) > 0)
            {
                continue;
            }

            if (Closest(reader, field, folded[0]) is { } closest)
            {
                replacements[word] = closest;
            }
        }

        if (replacements.Count == 0)
        {
            return [];
        }

        var suggestion = string.Join(' ', typed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => replacements.TryGetValue(w, out var r) ? r : w));
        return [suggestion];
    }

    private static string? Closest(IndexReader reader, string field, string term)
    {
        if (term.Length < 3)
        {
            return null;
        }

        return Closest(reader, field, term, maxEdits: 1) ?? Closest(reader, field, term, maxEdits: 2);
    }

    private static string? Closest(IndexReader reader, string field, string term, int maxEdits)
    {
        var fuzzy = new FuzzyQuery(new Term(field, term), maxEdits, prefixLength: 1, maxExpansions: 50, transpositions: true);
        if (fuzzy.Rewrite(reader) is not BooleanQuery candidates)
        {
            return null;
        }

        string? best = null;
        var bestBoost = float.MinValue;
        var bestFrequency = -1;
        foreach (var clause in candidates.Clauses)
        {
            if (clause.Query is not TermQuery candidate)
            {
                continue;
            }

            var frequency = reader.DocFreq(candidate.Term);
            if (candidate.Boost > bestBoost || (Math.Abs(candidate.Boost - bestBoost) < 1e-6 && frequency > bestFrequency))
            {
                best = candidate.Term.Text;
                bestBoost = candidate.Boost;
                bestFrequency = frequency;
            }
        }

        return best;
    }

    private static IEnumerable<string> Words(QueryNode node) => node switch
    {
        Word { Field: SearchField.Any, Prefix: false } word => [word.Text],
        And and => and.Clauses.SelectMany(Words),
        Or or => or.Clauses.SelectMany(Words),
        _ => [],
    };
}
