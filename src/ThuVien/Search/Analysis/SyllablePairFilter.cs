using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ThuVien.Search.Analysis;

/// <summary>
/// Emits each pair of adjacent syllables as one token ("thư viện"), and nothing for a lone syllable.
/// Lucene's ShingleFilter does this too but clones every token's attributes, which made it the largest
/// single cost of indexing; this keeps one copy of the previous syllable instead.
/// </summary>
internal sealed class SyllablePairFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private char[] _previous = new char[32];
    private int _previousLength = -1;
    private int _previousStart;

    public SyllablePairFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var length = _term.Length;
            var start = _offset.StartOffset;
            var end = _offset.EndOffset;
            if (_previousLength < 0 || _position.PositionIncrement != 1)
            {
                // First syllable, or a gap (a new field value): nothing to pair with yet.
                Remember(length, start);
                continue;
            }

            var pairLength = _previousLength + 1 + length;
            var buffer = _term.ResizeBuffer(pairLength);
            Array.Copy(buffer, 0, buffer, _previousLength + 1, length);
            Array.Copy(_previous, 0, buffer, 0, _previousLength);
            buffer[_previousLength] = ' ';
            _term.Length = pairLength;
            var pairStart = _previousStart;
            Remember(buffer.AsSpan(_previousLength + 1, length), start);
            _offset.SetOffset(pairStart, end);
            _position.PositionIncrement = 1;
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _previousLength = -1;
    }

    private void Remember(int length, int start) => Remember(_term.Buffer.AsSpan(0, length), start);

    private void Remember(ReadOnlySpan<char> syllable, int start)
    {
        if (_previous.Length < syllable.Length)
        {
            _previous = new char[Math.Max(syllable.Length, _previous.Length * 2)];
        }

        syllable.CopyTo(_previous);
        _previousLength = syllable.Length;
        _previousStart = start;
    }
}
