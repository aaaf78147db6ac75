using Lucene.Net.Index;
using Lucene.Net.Search;
using ThuVien.Search.Indexing;
using ThuVien.Search.Vietnamese;

namespace ThuVien.Search.Querying;

/// <summary>
/// Title and author completions for what a reader has typed so far, diacritics optional: every typed
/// word must match and the last one may be the start of a word ("truyen ki" → "Truyện Kiều").
/// </summary>
internal static class Autocomplete
{
    private const int Candidates = 100;

    public static IReadOnlyList<string> Complete(IndexSearcher searcher, string? typed, bool authors, int limit)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 200)
        {
            return [];
        }

        var field = SearchFields.Folded(authors ? SearchFields.Author : SearchFields.Title);
        var words = TextTerms.Of(field, typed);
        if (words.Count == 0)
        {
            return [];
        }

        var lastIsPrefix = !char.IsWhiteSpace(typed[^1]);
        var query = new BooleanQuery();
        for (var i = 0; i < words.Count; i++)
        {
            var term = new Term(field, words[i]);
            query.Add(i == words.Count - 1 && lastIsPrefix ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }

        var top = searcher.Search(query, Candidates);
        var typedStart = string.Join(' ', words);
        var found = new List<(string Value, bool Starts)>(Candidates);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var hit in top.ScoreDocs)
        {
            var display = HitDisplay.Of(searcher.IndexReader, hit.Doc);
            // The title field also holds the statement of responsibility: offer only titles that
            // themselves hold the typed words.
            IEnumerable<string> values = authors ? display.Authors : [display.Title];
            foreach (var value in values.Where(v => Matches(v, words, lastIsPrefix)))
            {
                if (seen.Add(value))
                {
                    found.Add((value, string.Join(' ', Words(value)).StartsWith(typedStart, StringComparison.Ordinal)));
                }
            }
        }

        // What begins with the typed words comes first; otherwise the order of relevance stays.
        return [.. found.OrderBy(f => f.Starts ? 0 : 1).Take(limit).Select(f => f.Value)];
    }

    private static string[] Words(string text) => VietnameseText.Fold(text).Split([' ', ',', '.', '-', ':', ';', '/'], StringSplitOptions.RemoveEmptyEntries);

    private static bool Matches(string name, List<string> words, bool lastIsPrefix)
    {
        var folded = Words(name);
        for (var i = 0; i < words.Count; i++)
        {
            var prefix = i == words.Count - 1 && lastIsPrefix;
            if (!folded.Any(part => prefix ? part.StartsWith(words[i], StringComparison.Ordinal) : part == words[i]))
            {
                return false;
            }
        }

        return true;
    }
}
