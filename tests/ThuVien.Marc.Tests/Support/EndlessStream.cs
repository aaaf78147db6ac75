using System.Text;

namespace ThuVien.Marc.Tests.Support;

/// <summary>A stream that yields a head and then one item over and over, forever: proves a reader streams.</summary>
internal sealed class EndlessStream(string head, string item) : Stream
{
    private readonly byte[] _head = Encoding.UTF8.GetBytes(head);
    private readonly byte[] _item = Encoding.UTF8.GetBytes(item);
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        for (var i = 0; i < count; i++)
        {
            buffer[offset + i] = _position < _head.Length
                ? _head[_position]
                : _item[(_position - _head.Length) % _item.Length];
            _position++;
        }

        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
