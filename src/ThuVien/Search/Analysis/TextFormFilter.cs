using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using ThuVien.Search.Vietnamese;

namespace ThuVien.Search.Analysis;

/// <summary>Rewrites each token into its exact or folded form, in place in the term buffer.</summary>
internal sealed class TextFormFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly TextForm _form;
    private char[] _scratch = new char[64];

    public TextFormFilter(TokenStream input, TextForm form)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _form = form;
    }

    public sealed override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var length = _term.Length;
        // Canonical tone placement or an NFD input can need a little more room than the token.
        if (_scratch.Length < (length * 2) + 8)
        {
            _scratch = new char[(length * 2) + 8];
        }

        var source = _term.Buffer.AsSpan(0, length);
        var written = _form == TextForm.Exact
            ? VietnameseText.Exact(source, _scratch)
            : VietnameseText.Fold(source, _scratch);
        _term.CopyBuffer(_scratch, 0, written);
        return true;
    }
}
