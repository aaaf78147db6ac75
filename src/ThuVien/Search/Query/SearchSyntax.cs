namespace ThuVien.Search.Query;

/// <summary>
/// The language of the OPAC search box: words, "phrases", field:value, AND/OR/NOT (also &amp;&amp;, ||, !),
/// -exclude, +require, parentheses, trailing * truncation, and year ranges. Parsing never throws and
/// is linear in the (capped) input; whatever it had to change is listed in <see cref="ParsedQuery.Notices"/>.
/// </summary>
internal static class SearchSyntax
{
    public static ParsedQuery Parse(string? text)
    {
        var notices = new NoticeList();
        var cleaned = QueryInput.Clean(text, notices);
        var tokens = QueryLexer.Read(cleaned, notices);
        var root = new QueryParser(tokens, notices).Parse();
        return new ParsedQuery(root, notices.ToArray());
    }
}
