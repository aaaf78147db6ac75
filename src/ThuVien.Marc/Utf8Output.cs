using System.Buffers;

namespace ThuVien.Marc;

/// <summary>
/// A pooled byte buffer in front of a stream: writers encode straight into it and it reaches the
/// stream in large chunks, so writing a million records costs a few hundred stream writes.
/// </summary>
internal sealed class Utf8Output : IBufferWriter<byte>, IDisposable
{
    // Large enough that stream writes are rare, small enough to stay out of the large object heap's way.
    private const int ChunkSize = 1 << 16;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _position;

    public Utf8Output(Stream stream)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(ChunkSize * 2);
    }

    /// <summary>Bytes written but not yet passed to the stream.</summary>
    public int Pending => _position;

    public void Advance(int count) => _position += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_position);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_position);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _position)
        {
            Ensure(bytes.Length);
        }

        bytes.CopyTo(_buffer.AsSpan(_position));
        _position += bytes.Length;
    }

    public void Write(byte value)
    {
        if (_position == _buffer.Length)
        {
            Ensure(1);
        }

        _buffer[_position++] = value;
    }

    /// <summary>Passes the buffered bytes to the stream once a chunk has accumulated.</summary>
    public void FlushIfFull()
    {
        if (_position >= ChunkSize)
        {
            Drain();
        }
    }

    /// <summary>Passes every buffered byte to the stream and flushes it.</summary>
    public void Flush()
    {
        Drain();
        _stream.Flush();
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _position = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int size)
    {
        size = Math.Max(size, 1);
        if (_buffer.Length - _position >= size)
        {
            return;
        }

        Drain();
        if (_buffer.Length < size)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(size);
        }
    }

    private void Drain()
    {
        if (_position > 0)
        {
            _stream.Write(_buffer, 0, _position);
            _position = 0;
        }
    }
}
