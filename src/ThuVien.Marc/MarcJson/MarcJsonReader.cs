using System.Collections;
using System.Text.Json;

namespace ThuVien.Marc.MarcJson;

/// <summary>
/// Streams MARC-in-JSON records (the format of yaz <c>-o json</c> and pymarc) from any stream:
/// a single record object, an array of them, or objects one after another (newline-delimited JSON).
/// Large arrays are read record by record in constant memory.
/// </summary>
/// <remarks>
/// A record of the wrong shape is rejected with the reason and reading goes on with the next one.
/// JSON that is not well-formed ends the input: one rejection names the line and byte, and the reader
/// stops. It never throws for bad data. <see cref="MarcReadResult.Offset"/> is the line where the
/// record's object starts; <see cref="MarcReadResult.Raw"/> holds the object's bytes.
/// </remarks>
public sealed class MarcJsonReader : IMarcReader
{
    private const int ChunkSize = 1 << 16;

    // JSON is far bulkier than ISO 2709 (pretty-printed, one object per subfield), so the limit on
    // one record's text is a multiple of the ISO 2709 limit.
    private const int JsonBytesPerIsoByte = 16;

    private static readonly JsonReaderOptions ReaderOptions = new() { AllowMultipleValues = true, MaxDepth = 256 };

    private readonly Stream _stream;
    private readonly MarcReaderOptions _options;
    private readonly bool _leaveOpen;
    private readonly int _maxRecordBytes;
    private byte[] _buffer = new byte[ChunkSize * 2];
    private int _position;
    private int _end;
    private bool _eof;
    private bool _started;
    private JsonReaderState _state = new(ReaderOptions);
    private int _line = 1;
    private long _recordNumber;
    private bool _done;
    private bool _enumerated;

    /// <summary>Reads from a stream; the stream is disposed with the reader unless <paramref name="leaveOpen"/>.</summary>
    public MarcJsonReader(Stream stream, MarcReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _options = options ?? MarcReaderOptions.Default;
        _leaveOpen = leaveOpen;
        _maxRecordBytes = (int)Math.Min(int.MaxValue / 2, (long)_options.MaxRecordBytes * JsonBytesPerIsoByte);
    }

    private enum Outcome
    {
        Result,
        NeedData,
        End,
    }

    /// <inheritdoc/>
    public IEnumerator<MarcReadResult> GetEnumerator()
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("A MARC-in-JSON reader can be enumerated once.");
        }

        _enumerated = true;
        return Read().GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private IEnumerable<MarcReadResult> Read()
    {
        var parser = new MarcJsonRecordParser(_options);
        while (!_done)
        {
            var result = Next(parser);
            if (result is null)
            {
                yield break;
            }

            yield return result;
        }
    }

    private MarcReadResult? Next(MarcJsonRecordParser parser)
    {
        try
        {
            if (!_started)
            {
                _started = true;
                Fill();
                // A UTF-8 byte order mark is not JSON, but editors write it.
                if (_buffer.AsSpan(_position, _end - _position).StartsWith("\uFEFF"u8))
                {
                    _position += 3;
                }
            }

            while (true)
            {
                switch (Scan(parser, out var result))
                {
                    case Outcome.Result:
                        return result;
                    case Outcome.End:
                        _done = true;
                        return null;
                    default:
                        if (_end - _position >= _maxRecordBytes)
                        {
                            _done = true;
                            return TooLarge();
                        }

                        Fill();
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            _done = true;
            return Malformed(ex);
        }
    }

    /// <summary>Moves through the buffered JSON to the next record (or non-record value) and reads it.</summary>
    private Outcome Scan(MarcJsonRecordParser parser, out MarcReadResult? result)
    {
        result = null;
        var data = _buffer.AsSpan(_position, _end - _position);
        var reader = new Utf8JsonReader(data, _eof, _state);
        while (true)
        {
            var before = reader.CurrentState;
            var consumedBefore = (int)reader.BytesConsumed;
            if (!reader.Read())
            {
                Commit(data, (int)reader.BytesConsumed, reader.CurrentState);
                return _eof ? Outcome.End : Outcome.NeedData;
            }

            var depth = reader.CurrentDepth;
            var token = reader.TokenType;
            // A top-level array holds records; anything else at depth 0 or 1 is a record or a stray value.
            if ((token == JsonTokenType.StartArray || token == JsonTokenType.EndArray) && depth == 0)
            {
                continue;
            }

            var start = (int)reader.TokenStartIndex;
            if (!reader.TrySkip())
            {
                // The value is not all in the buffer: start again from before it once more is read.
                Commit(data, consumedBefore, before);
                return Outcome.NeedData;
            }

            var end = (int)reader.BytesConsumed;
            var line = _line + data[..start].Count((byte)'\n');
            _recordNumber++;
            result = token == JsonTokenType.StartObject
                ? parser.Parse(data[start..end], _recordNumber, line)
                : NotARecord(token, data[start..end], line);
            Commit(data, end, reader.CurrentState);
            return Outcome.Result;
        }
    }

    private MarcReadResult NotARecord(JsonTokenType token, ReadOnlySpan<byte> value, int line)
    {
        var what = token switch
        {
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            _ => "null",
        };
        var issue = new MarcIssue(MarcSeverity.Error, _recordNumber, line, null, $"the JSON value at line {line} is {what}, not a record object") { OffsetKind = MarcOffsetKind.Line };
        return MarcReadResult.Rejected(_recordNumber, line, [issue], value[..Math.Min(value.Length, 4096)].ToArray());
    }

    private void Commit(ReadOnlySpan<byte> data, int consumed, JsonReaderState state)
    {
        _line += data[..consumed].Count((byte)'\n');
        _position += consumed;
        _state = state;
    }

    private MarcReadResult Malformed(JsonException ex)
    {
        _recordNumber++;
        var line = (ex.LineNumber ?? 0) + 1;
        var column = (ex.BytePositionInLine ?? 0) + 1;
        var reason = ex.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            reason = reason[..cut];
        }

        var message = $"the JSON is not well-formed at line {line}, byte {column} of the line: {reason} Reading stops here.";
        var issue = new MarcIssue(MarcSeverity.Error, _recordNumber, line, null, message) { OffsetKind = MarcOffsetKind.Line };
        return MarcReadResult.Rejected(_recordNumber, line, [issue], Pending(4096));
    }

    private MarcReadResult TooLarge()
    {
        _recordNumber++;
        var issue = new MarcIssue(MarcSeverity.Error, _recordNumber, _line, null, $"a JSON value starting at line {_line} runs over {_maxRecordBytes} bytes; reading stops here") { OffsetKind = MarcOffsetKind.Line };
        return MarcReadResult.Rejected(_recordNumber, _line, [issue], Pending(4096));
    }

    private byte[] Pending(int most) => _buffer.AsSpan(_position, Math.Min(most, _end - _position)).ToArray();

    /// <summary>Keeps the unread bytes and reads more after them, growing the buffer when it is full.</summary>
    private void Fill()
    {
        if (_eof)
        {
            return;
        }

        var live = _end - _position;
        if (_position > 0)
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, live);
            _position = 0;
            _end = live;
        }

        if (_buffer.Length - _end < ChunkSize)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
