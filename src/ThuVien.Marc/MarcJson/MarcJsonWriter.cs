using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ThuVien.Marc.MarcJson;

/// <summary>
/// Writes records as MARC-in-JSON: an array of record objects, or (with
/// <see cref="MarcWriterOptions.Collection"/> off) one object per line. Leader/09 is written as 'a'
/// because the output is Unicode. Non-ASCII letters are written as they are, not as \u escapes;
/// unpaired surrogates become U+FFFD.
/// </summary>
public sealed class MarcJsonWriter : IMarcWriter
{
    private static readonly JsonEncodedText LeaderName = JsonEncodedText.Encode("leader");
    private static readonly JsonEncodedText FieldsName = JsonEncodedText.Encode("fields");
    private static readonly JsonEncodedText SubfieldsName = JsonEncodedText.Encode("subfields");
    private static readonly JsonEncodedText[] IndicatorNames = [.. Enumerable.Range(1, 9).Select(i => JsonEncodedText.Encode($"ind{i}"))];

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly bool _array;
    private readonly Utf8Output _output;
    private readonly Utf8JsonWriter _json;
    private readonly char[] _leader = new char[Leader.Length];
    private bool _started;
    private bool _completed;
    private bool _disposed;

    /// <summary>Writes to a stream; the stream is disposed with the writer unless <paramref name="leaveOpen"/>.</summary>
    public MarcJsonWriter(Stream stream, MarcWriterOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= MarcWriterOptions.Default;
        _stream = stream;
        _leaveOpen = leaveOpen;
        _array = options.Collection;
        _output = new Utf8Output(stream);
        _json = new Utf8JsonWriter(_output, new JsonWriterOptions
        {
            // One object per line needs each record on a single line, whatever Indent says.
            Indented = options.Indent && _array,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = true,
        });
    }

    /// <inheritdoc/>
    public void Write(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            throw new InvalidOperationException("The MARC-in-JSON output is complete; no more records can be written.");
        }

        Start();
        WriteRecord(record);
        if (!_array)
        {
            // A fresh writer state per line, or the next object would be preceded by a comma.
            _json.Flush();
            _output.Write((byte)'\n');
            _json.Reset(_output);
        }
        else if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }

        _output.FlushIfFull();
    }

    /// <inheritdoc/>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            return;
        }

        Start();
        if (_array)
        {
            _json.WriteEndArray();
            _json.Flush();
            _output.Write((byte)'\n');
        }

        _completed = true;
        _output.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            Complete();
        }
        finally
        {
            _disposed = true;
            _json.Dispose();
            _output.Dispose();
            if (!_leaveOpen)
            {
                _stream.Dispose();
            }
        }
    }

    private void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        if (_array)
        {
            _json.WriteStartArray();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteRecord(MarcRecord record)
    {
        var json = _json;
        json.WriteStartObject();
        record.Leader.Value.CopyTo(_leader);
        _leader[9] = 'a';
        json.WriteString(LeaderName, _leader);
        json.WriteStartArray(FieldsName);
        foreach (var field in record.Fields)
        {
            json.WriteStartObject();
            switch (field)
            {
                case ControlField control:
                    json.WriteString(field.Tag, control.Value);
                    break;
                case DataField data:
                    json.WriteStartObject(field.Tag);
                    WriteIndicators(data.Indicators);
                    json.WriteStartArray(SubfieldsName);
                    foreach (var subfield in data.Subfields)
                    {
                        var code = subfield.Code;
                        json.WriteStartObject();
                        json.WriteString(new ReadOnlySpan<char>(in code), subfield.Value);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                    break;
                default:
                    throw new MarcWriteException($"unknown field type {field.GetType().Name}");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteIndicators(string indicators)
    {
        // MARC-in-JSON always has ind1 and ind2; more only when the record has more (leader/10).
        var count = Math.Min(IndicatorNames.Length, Math.Max(2, indicators.Length));
        for (var i = 0; i < count; i++)
        {
            var c = i < indicators.Length ? indicators[i] : ' ';
            _json.WriteString(IndicatorNames[i], new ReadOnlySpan<char>(in c));
        }
    }
}
