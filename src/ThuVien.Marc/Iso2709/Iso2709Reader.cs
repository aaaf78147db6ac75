using System.Collections;
using static ThuVien.Marc.Iso2709.Iso2709Bytes;

namespace ThuVien.Marc.Iso2709;

/// <summary>
/// Streams ISO 2709 records from any stream in constant memory, yielding one
/// <see cref="MarcReadResult"/> per record found. Never throws for bad data: broken records
/// come back as rejections with their bytes, offset and reason.
/// </summary>
public sealed class Iso2709Reader : IMarcReader
{
    private const int ChunkSize = 1 << 16;

    private readonly Stream _stream;
    private readonly MarcReaderOptions _options;
    private readonly bool _leaveOpen;
    private byte[] _buffer = new byte[ChunkSize * 4];
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _eof;
    private bool _enumerated;

    /// <summary>Reads from a stream; the stream is disposed with the reader unless <paramref name="leaveOpen"/>.</summary>
    public Iso2709Reader(Stream stream, MarcReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _options = options ?? MarcReaderOptions.Default;
        _leaveOpen = leaveOpen;
    }

    /// <summary>
    /// Reads one record whose bytes are held whole (as a catalogue stores them), without the buffers a
    /// streaming reader allocates; for many small records that is most of the cost of reading them.
    /// </summary>
    public static MarcReadResult ReadOne(ReadOnlySpan<byte> record, MarcReaderOptions? options = null) =>
        Iso2709RecordParser.Parse(record, 1, 0, options ?? MarcReaderOptions.Default, new IssueList(1, 0));

    /// <summary>Bytes consumed so far (for progress).</summary>
    public long Position => _bufferOffset + _start;

    /// <inheritdoc/>
    public IEnumerator<MarcReadResult> GetEnumerator()
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("An ISO 2709 reader can be enumerated once.");
        }

        _enumerated = true;
        return Read().GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<MarcReadResult> Read()
    {
        long recordNumber = 0;
        while (true)
        {
            var stray = SkipBetweenRecords();
            if (!Fill(1))
            {
                if (stray.Count > 0)
                {
                    // Trailing junk is reported as a rejected "record" so that it is counted, not lost.
                    recordNumber++;
                    var junk = new MarcIssue(MarcSeverity.Error, recordNumber, stray.Offset, null, $"{stray.Count} bytes at the end of the input are not a record");
                    yield return MarcReadResult.Rejected(recordNumber, stray.Offset, [junk], ReadOnlyMemory<byte>.Empty);
                }

                yield break;
            }

            recordNumber++;
            var offset = Position;
            var issues = new IssueList(recordNumber, offset);
            if (stray.Count > 0)
            {
                issues.Warn(-1, null, $"{stray.Count} stray bytes before the record (at byte {stray.Offset}) are not read");
            }

            var frameLength = Frame(issues, out var tooLong);
            var frame = _buffer.AsSpan(_start, frameLength);
            MarcReadResult result;
            if (tooLong)
            {
                result = MarcReadResult.Rejected(recordNumber, offset, issues.ToImmutable(), frame[..Math.Min(frame.Length, 4096)].ToArray());
            }
            else
            {
                result = Iso2709RecordParser.Parse(frame, recordNumber, offset, _options, issues);
            }

            _start += frameLength;
            yield return result;
        }
    }

    private readonly record struct Stray(int Count, long Offset);

    /// <summary>
    /// Skips padding silently (line breaks, blanks, NULs, EOF marks and doubled record terminators: exporters put them between
    /// records or at the end of fixed-size blocks) and anything else with a warning on the next record.
    /// </summary>
    private Stray SkipBetweenRecords()
    {
        var count = 0;
        long at = -1;
        while (Fill(1))
        {
            var b = _buffer[_start];
            if (b is (byte)'\n' or (byte)'\r' or (byte)' ' or 0 or 0x1A or RecordTerminator)
            {
                _start++;
                continue;
            }

            if (IsDigit(b) || LooksLikeRecordStart(_start))
            {
                break;
            }

            if (at < 0)
            {
                at = Position;
            }

            count++;
            _start++;
        }

        return new Stray(count, at);
    }

    /// <summary>Finds where the record starting at _start ends; repairs wrong lengths with a warning.</summary>
    private int Frame(IssueList issues, out bool tooLong)
    {
        tooLong = false;
        Fill(5);
        var available = _end - _start;
        var declared = available >= 5 ? ParseNumber(_buffer.AsSpan(_start, 5)) : -1;
        // 99999 is what exporters write for oversize records: the real end is the terminator.
        var oversize = declared == 99999;
        if (oversize)
        {
            declared = -1;
        }

        if (declared >= LeaderLength + 1 && Fill(declared) && _buffer[_start + declared - 1] == RecordTerminator)
        {
            return declared;
        }

        var terminator = FindTerminator();
        if (terminator < 0)
        {
            tooLong = _end - _start >= _options.MaxRecordBytes;
            if (tooLong)
            {
                issues.Error(0, null, $"no record terminator within {_options.MaxRecordBytes} bytes");
                return _end - _start;
            }

            if (declared >= LeaderLength + 1 && declared <= _end - _start)
            {
                issues.Warn(declared - 1, null, $"record length {declared} does not end at a record terminator; using the length");
                return declared;
            }

            issues.Warn(_end - _start, null, "input ends before the record terminator");
            return _end - _start;
        }

        var actual = terminator - _start + 1;
        // A record that lacks its own terminator would otherwise swallow the next one.
        if (declared >= LeaderLength + 1 && declared < actual && LooksLikeRecordStart(_start + declared))
        {
            issues.Warn(declared - 1, null, $"record terminator missing at byte {declared - 1}; using the record length {declared}");
            return declared;
        }

        issues.Warn(0, null, oversize
            ? $"record length 99999 marks an oversize record; it ends at its terminator ({actual} bytes)"
            : declared < 0
            ? $"record length '{System.Text.Encoding.Latin1.GetString(_buffer, _start, Math.Min(5, available))}' is not a number; the record ends at its terminator ({actual} bytes)"
            : $"record length {declared} is wrong; the record ends at its terminator ({actual} bytes)");
        return actual;
    }

    private bool LooksLikeRecordStart(int at)
    {
        // Fill may move the live bytes to the front of the buffer, so the position is kept relative to _start.
        var relative = at - _start;
        if (!Fill(relative + LeaderLength))
        {
            return false;
        }

        // Five digits, a lowercase status/type/level, a numeric base address and "45" at 20-21:
        // strict enough that the middle of a field is not taken for the start of a record.
        var leader = _buffer.AsSpan(_start + relative, LeaderLength);
        return ParseNumber(leader[..5]) >= LeaderLength + 1
            && leader[5] is >= (byte)'a' and <= (byte)'z'
            && leader[6] is >= (byte)'a' and <= (byte)'z'
            && ParseNumber(leader.Slice(12, 5)) >= LeaderLength
            && leader[20] == (byte)'4' && leader[21] == (byte)'5';
    }

    private int FindTerminator()
    {
        // Positions are kept relative to _start because Fill may move the live bytes.
        var searched = 0;
        while (true)
        {
            var found = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf(RecordTerminator);
            if (found >= 0)
            {
                return _start + searched + found;
            }

            searched = _end - _start;
            if (searched >= _options.MaxRecordBytes || !Fill(searched + 1))
            {
                return -1;
            }
        }
    }

    /// <summary>Makes at least <paramref name="count"/> bytes available from _start; false at end of input.</summary>
    private bool Fill(int count)
    {
        while (_end - _start < count)
        {
            if (_eof)
            {
                return false;
            }

            if (_start > 0 && _buffer.Length - _start < count + ChunkSize)
            {
                var live = _end - _start;
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, live);
                _bufferOffset += _start;
                _start = 0;
                _end = live;
            }

            if (_buffer.Length - _end < ChunkSize)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, count + ChunkSize));
            }

            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
                return _end - _start >= count;
            }

            _end += read;
        }

        return true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }
}
