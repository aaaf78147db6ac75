using System.Text;
using CsCheck;
using ThuVien.Search.Query;

namespace ThuVien.Tests.Search.Query;

public class SearchSyntaxPropertyTests
{
    private static readonly string[] Pieces =
    [
        "\"", "(", ")", "[", "]", "{", "}", " ", "  ", ":", "*", "?", "-", "+", "!", "..", ">", ">=", "<", "<=",
        "AND", "OR", "NOT", "&&", "||", "and", "và", "hoặc", "TO",
        "title:", "ti:", "tác_giả:", "year:", "nam:", "isbn:", "issn:", "available:", "foo:", "http://",
        "thư", "viện", "Nguyễn", "Nguyễn".Normalize(NormalizationForm.FormD), "ĐẤT", "truyeenj", "a", "é", "x1",
        "1990", "2000", "-2000", "99999", "978-604-1-12345-6", "0317-8471", "1945-1975", "yes", "không",
        "\u0000", "\u0007", "\u200B", "\uFEFF", "\uD800", "\uDC00", "\t", "\n", "\u0301", "𝔸",
    ];

    private static readonly Gen<string> Mixes = Gen.OneOf(Pieces).Array[0, 40].Select(string.Concat);

    private static readonly Gen<string> AnyChars = Gen.Char.Array[0, 300].Select(chars => new string(chars));

    private static readonly Gen<string> Syntax = Gen.Char["\"()[]{}:*?-+!&| aAND OR NOT\u0000\u200B\uD800"].Array[0, 120].Select(chars => new string(chars));

    private static readonly Gen<string> TenKilobytes = Gen.OneOf(
        Gen.Char["\"()[]:*?-+! xyAND"].Array[10_000].Select(chars => new string(chars)),
        Gen.OneOf(Pieces).Array[2_000, 3_000].Select(string.Concat));

    private static readonly Gen<string> Word = Gen.OneOf("thư", "viện", "Nguyễn", "Du", "lịch", "sử", "harry", "e-book", "C++", "895.9", "và", "or", "ab");

    private static readonly Gen<string> Leaf = Gen.OneOf(
        Word,
        Word.Select(w => w + "*"),
        Gen.Select(Word, Word).Select((a, b) => $"\"{a} {b}\""),
        Gen.Select(Gen.OneOf("title:", "au:", "chủ_đề:", "nxb:", "ddc:", "kho:", "tatca:"), Word).Select((f, w) => f + w),
        Gen.OneOf("year:2000", "nam:1990-2000", "year:[1945 TO 1975]", "year:>2000", "year:<=1900", "978-604-1-12345-6", "isbn:0-306-40615-X", "1859-3100", "available:có", "*"));

    /// <summary>Queries a reader could type on purpose: most parse without notices, so the round trip is exercised.</summary>
    private static readonly Gen<string> WellFormed = Gen.Recursive<string>((depth, self) =>
    {
        var clause = depth < 4
            ? Gen.Frequency((4, Leaf), (1, self.Select(inner => $"({inner})")), (1, self.Select(inner => $"title:({inner})")))
            : Leaf;
        var prefixed = Gen.Select(Gen.OneOf("", "", "", "-", "NOT ", "+", "!"), clause).Select((p, c) => p + c);
        return Gen.Select(prefixed, Gen.Select(Gen.OneOf(" ", " AND ", " OR ", " && ", " || "), prefixed).Array[0, 4])
            .Select((first, rest) => first + string.Concat(rest.Select(pair => pair.Item1 + pair.Item2)));
    });

    [Fact]
    public void Random_mixes_of_syntax_never_break_the_parser() => Mixes.Sample(text => Holds(text), iter: 5_000);

    [Fact]
    public void Random_characters_never_break_the_parser() => AnyChars.Sample(text => Holds(text), iter: 2_000);

    [Fact]
    public void Random_operators_quotes_and_parentheses_never_break_the_parser() => Syntax.Sample(text => Holds(text), iter: 5_000);

    [Fact]
    public void Ten_kilobyte_inputs_are_cut_and_parsed() => TenKilobytes.Sample(text =>
    {
        var parsed = Holds(text);
        Assert.Contains(QueryNotice.TooLong, parsed.Notices);
    }, iter: 200);

    [Fact]
    public void Well_formed_queries_read_back_from_their_canonical_text() => WellFormed.Sample(text =>
    {
        var parsed = Holds(text);
        var canonical = parsed.Root.ToString();
        if (parsed.Notices.Count == 0 && canonical.Length <= QueryInput.MaxLength)
        {
            Assert.Empty(SearchSyntax.Parse(canonical).Notices);
        }
    }, iter: 5_000);

    [Fact]
    public void Well_formed_queries_mostly_parse_without_notices()
    {
        // Guards the round-trip property above against a generator that only ever makes notices.
        var clean = 0;
        WellFormed.Sample(text =>
        {
            if (SearchSyntax.Parse(text).Notices.Count == 0)
            {
                Interlocked.Increment(ref clean);
            }
        }, iter: 1_000, threads: 1);

        Assert.True(clean > 500, $"{clean} of 1000 parsed cleanly");
    }

    private static ParsedQuery Holds(string text)
    {
        var parsed = SearchSyntax.Parse(text);

        Assert.NotNull(parsed.Root);
        Assert.NotNull(parsed.Notices);
        Assert.InRange(QueryTrees.Leaves(parsed.Root), 0, 64);
        Assert.Null(QueryTrees.ShapeProblem(parsed.Root));
        if (parsed.Notices.Count == 0)
        {
            // The canonical text spells out what typing leaves implicit (AND between clauses, the
            // field of each clause of a field group), so it can outgrow the input limit; it is then
            // cut like any over-long query, and says so.
            var canonical = parsed.Root.ToString();
            var reparsed = SearchSyntax.Parse(canonical);
            if (canonical.Length <= QueryInput.MaxLength)
            {
                Assert.Equal(parsed.Root, reparsed.Root);
            }
            else
            {
                Assert.Contains(QueryNotice.TooLong, reparsed.Notices);
            }
        }

        return parsed;
    }
}
