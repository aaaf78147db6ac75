namespace ThuVien.Marc.MarcXml;

/// <summary>
/// Passes a stream through to the XML parser while keeping the bytes from the start of the current
/// record's first line, so a rejected record can be handed back as it was in the input. The parser
/// only reports lines, so the window is cut at line starts ('\n'); it never holds more than a set
/// number of bytes (a record spread over one huge line is simply not captured).
/// </summary>
internal sealed class LineWindowStream(Stream inner, int maxWindow) : Stream
{
    private byte[] _window = new byte[1 << 14];
    private int _length;

    // Line number of _window[0], which always starts a line; 0 while the window is lost after an overflow.
    private long _windowLine = 1;
    private long _lineEnds;
    private bool _marked;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Starts a record at <paramref name="line"/>: forgets the bytes of earlier lines.</summary>
    public void Mark(long line)
    {
        _marked = false;
        if (_windowLine == 0 || line < _windowLine)
        {
            return;
        }

        var start = StartOfLine(line);
        if (start < 0)
        {
            return;
        }

        Buffer.BlockCopy(_window, start, _window, 0, _length - start);
        _length -= start;
        _windowLine = line;
        _marked = true;
    }

    /// <summary>The bytes of the lines from the mark to <paramref name="lastLine"/>; empty when they were not kept.</summary>
    public ReadOnlyMemory<byte> Capture(long lastLine)
    {
        if (!_marked || _windowLine == 0)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        var end = StartOfLine(lastLine + 1);
        return _window.AsSpan(0, end < 0 ? _length : end).ToArray();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Append(buffer[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_windowLine == 0)
            {
                // Lost after an overflow: wait for the next line start.
                var end = bytes.IndexOf((byte)'\n');
                if (end < 0)
                {
                    return;
                }

                _lineEnds++;
                _windowLine = _lineEnds + 1;
                _marked = false;
                bytes = bytes[(end + 1)..];
                continue;
            }

            if (_length + bytes.Length > maxWindow)
            {
                _length = 0;
                _windowLine = 0;
                _marked = false;
                continue;
            }

            if (_length + bytes.Length > _window.Length)
            {
                Array.Resize(ref _window, Math.Min(maxWindow, Math.Max(_window.Length * 2, _length + bytes.Length)));
            }

            bytes.CopyTo(_window.AsSpan(_length));
            _length += bytes.Length;
            _lineEnds += bytes.Count((byte)'\n');
            return;
        }
    }

    /// <summary>Offset in the window where a line starts, or -1 when it is not (yet) in the window.</summary>
    private int StartOfLine(long line)
    {
        var position = 0;
        for (var skip = line - _windowLine; skip > 0; skip--)
        {
            var end = _window.AsSpan(position, _length - position).IndexOf((byte)'\n');
            if (end < 0)
            {
                return -1;
            }

            position += end + 1;
        }

        return position;
    }
}
