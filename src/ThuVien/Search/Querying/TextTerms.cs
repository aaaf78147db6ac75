using Lucene.Net.Analysis.TokenAttributes;
using ThuVien.Search.Analysis;

namespace ThuVien.Search.Querying;

/// <summary>Runs query text through the same analysis as the index, so a query term is what was indexed.</summary>
internal static class TextTerms
{
    private static readonly VietnameseAnalyzer Analyzer = new();

    public static List<string> Of(string field, string text)
    {
        var terms = new List<string>(4);
        using var stream = Analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>The analyzer, for highlighting with the same tokens the index holds.</summary>
    public static VietnameseAnalyzer SharedAnalyzer => Analyzer;
}
