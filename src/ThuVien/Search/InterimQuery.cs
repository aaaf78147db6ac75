// Interim stand-ins, replaced by Search/Query when it lands.
namespace ThuVien.Search.Query;

internal enum QueryNotice { UnbalancedQuote }

internal enum SearchField { Any, Title, Author, Subject, Series, Publisher, Isbn, Issn, Year, Language, ContentType, Ddc, Library, Location, Available }

internal abstract record QueryNode;

internal sealed record MatchAll : QueryNode { public static MatchAll Instance { get; } = new(); }

internal sealed record Word(SearchField Field, string Text, bool Prefix) : QueryNode;

internal sealed record Phrase(SearchField Field, string Text) : QueryNode;

internal sealed record YearRange(int? From, int? To) : QueryNode;

internal sealed record And(IReadOnlyList<QueryNode> Clauses) : QueryNode;

internal sealed record Or(IReadOnlyList<QueryNode> Clauses) : QueryNode;

internal sealed record Not(QueryNode Clause) : QueryNode;

internal sealed record ParsedQuery(QueryNode Root, IReadOnlyList<QueryNotice> Notices);

internal static class SearchSyntax
{
    public static ParsedQuery Parse(string? text) => new(
        string.IsNullOrWhiteSpace(text) ? new MatchAll() : new And([.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (QueryNode)new Word(SearchField.Any, w, false))]),
        []);
}
