using System.Buffers;
using System.Text;

namespace ThuVien.Marc.Text;

/// <summary>
/// The decoded characters of one value, in a caller-supplied buffer. MARC-8 puts combining marks before
/// their base character (MARC 21 Character Sets, Part 2, "Combining characters"); Unicode puts them after,
/// so marks wait at the end of the buffer and the base character is inserted in front of them.
/// </summary>
/// <remarks>
/// Text ends in NFC. A Latin base (below U+0300) with its marks is composed on the spot from
/// <see cref="ComposedClusters"/>: nothing below U+0300 changes under NFC or composes with what precedes
/// it, so such sequences compose independently and the usual Latin value never needs a whole-value
/// normalization. Anything else at or above U+0300 (Hebrew points, compatibility ideographs…) leaves the
/// value to be normalized whole at the end.
/// </remarks>
internal ref struct Marc8Output
{
    private const int StackChars = 256;
    private const char FirstNotLatin = '\u0300';

    private readonly Span<char> _buffer;
    private int _length;
    private int _marksStart;
    private bool _needsNormalization;

    /// <summary>Writes into <paramref name="buffer"/>, which must hold one character per input byte.</summary>
    public Marc8Output(Span<char> buffer)
    {
        _buffer = buffer;
        _marksStart = -1;
    }

    /// <summary>True while combining marks wait for their base character.</summary>
    public readonly bool HasPendingMarks => _marksStart >= 0;

    /// <summary>Appends bytes 0x00-0x7F (no marks may be pending).</summary>
    public void AppendAscii(ReadOnlySpan<byte> ascii)
    {
        Ascii.ToUtf16(ascii, _buffer[_length..], out var written);
        _length += written;
    }

    /// <summary>Appends a combining mark; it will follow the next base character.</summary>
    public void AppendMark(char mark)
    {
        if (_marksStart < 0)
        {
            _marksStart = _length;
        }

        _buffer[_length++] = mark;
    }

    /// <summary>Forgets the marks still waiting for a base character.</summary>
    public void DropPendingMarks()
    {
        if (_marksStart >= 0)
        {
            _length = _marksStart;
            _marksStart = -1;
        }
    }

    /// <summary>Appends a base (spacing) character, before any pending marks.</summary>
    public void AppendBase(char character)
    {
        if (_marksStart < 0)
        {
            _needsNormalization |= character >= FirstNotLatin;
            _buffer[_length++] = character;
        }
        else if (character < FirstNotLatin)
        {
            ComposeLatin(character);
        }
        else
        {
            _needsNormalization = true;
            Insert(new ReadOnlySpan<char>(in character));
        }
    }

    /// <summary>Appends a base character given as a code point (EACC has a few outside the BMP).</summary>
    public void AppendBase(int codePoint)
    {
        if (codePoint <= 0xFFFF)
        {
            AppendBase((char)codePoint);
            return;
        }

        _needsNormalization = true;
        Span<char> pair = stackalloc char[2];
        new Rune(codePoint).EncodeToUtf16(pair);
        Insert(pair);
    }

    /// <summary>The text in Unicode Normalization Form C; allocates only the returned string.</summary>
    public readonly string ToNormalizedString()
    {
        var text = _buffer[.._length];
        if (!_needsNormalization)
        {
            return new string(text);
        }

        // NFC rarely grows text (a few singletons expand); when it would not fit, take the allocating path.
        var capacity = _length + 16;
        char[]? rented = null;
        var normalized = capacity <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            return text.TryNormalize(normalized, out var written, NormalizationForm.FormC)
                ? new string(normalized[..written])
                : new string(text).Normalize(NormalizationForm.FormC);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private void ComposeLatin(char character)
    {
        // Put the base in front of its marks, then replace the sequence by its NFC form.
        var start = _marksStart;
        Insert(new ReadOnlySpan<char>(in character));
        var sequence = _buffer[start.._length];
        var composed = ComposedClusters.Compose(sequence);
        if (composed.Length > sequence.Length)
        {
            // A mark that expands (U+0344) would break the one-character-per-byte budget: final pass instead.
            _needsNormalization = true;
            return;
        }

        composed.CopyTo(sequence);
        _length = start + composed.Length;
    }

    private void Insert(scoped ReadOnlySpan<char> characters)
    {
        if (_marksStart >= 0)
        {
            _buffer[_marksStart.._length].CopyTo(_buffer[(_marksStart + characters.Length)..]);
            characters.CopyTo(_buffer[_marksStart..]);
            _marksStart = -1;
        }
        else
        {
            characters.CopyTo(_buffer[_length..]);
        }

        _length += characters.Length;
    }
}
