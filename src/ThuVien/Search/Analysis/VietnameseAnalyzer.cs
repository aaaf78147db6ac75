using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace ThuVien.Search.Analysis;

/// <summary>
/// Vietnamese text analysis: Unicode word segmentation (Vietnamese writes one syllable per
/// space-separated word), then the exact or folded form of each syllable, and optionally adjacent
/// syllable pairs so that two-syllable words ("thư viện", "Hà Nội") can be matched and ranked as units.
/// The field name decides the form (see <see cref="SearchFields"/>).
/// </summary>
internal sealed class VietnameseAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public VietnameseAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    /// <summary>Values of a multi-valued field are kept apart, so no phrase or pair spans two of them.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    public static TextForm FormOf(string field) => field.EndsWith("_f", StringComparison.Ordinal) || field.EndsWith("_f2", StringComparison.Ordinal) ? TextForm.Folded : TextForm.Exact;

    public static bool IsPairs(string field) => field.EndsWith("_f2", StringComparison.Ordinal);

    /// <summary>Fields holding whole values (ids, standard numbers, facet values): one token each, as given.</summary>
    public static bool IsKeyword(string field) =>
        field.StartsWith("f_", StringComparison.Ordinal) || field is SearchFields.Id or SearchFields.Isbn or SearchFields.Issn or SearchFields.Ddc;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (IsKeyword(fieldName))
        {
            return new TokenStreamComponents(new KeywordTokenizer(reader));
        }

        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new TextFormFilter(tokenizer, FormOf(fieldName));
        if (IsPairs(fieldName))
        {
            stream = new SyllablePairFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
