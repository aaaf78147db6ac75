using System.Globalization;
using System.Runtime.CompilerServices;

namespace ThuVien.Marc.MarcXml;

/// <summary>
/// Writes records as MARCXML (MARC21 slim) in UTF-8, encoding straight into a pooled buffer that
/// reaches the stream in large chunks. Leader/09 is written as 'a' because the output is Unicode;
/// indicators are written as ind1, ind2 (and ind3… when a field has more).
/// Characters XML 1.0 does not allow (C0 controls other than tab, line feed and carriage return,
/// U+FFFE, U+FFFF, unpaired surrogates) are written as U+FFFD.
/// </summary>
public sealed class MarcXmlWriter : IMarcWriter
{
    // Room for the markup around a record, a field, a subfield and an indicator, indentation included.
    private const int RecordOverhead = 128;
    private const int FieldOverhead = 96;
    private const int SubfieldOverhead = 48;
    private const int IndicatorOverhead = 16;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly bool _indent;
    private readonly bool _collection;
    private readonly Utf8Output _output;
    private bool _started;
    private bool _completed;
    private bool _disposed;
    private long _written;

    /// <summary>Writes to a stream; the stream is disposed with the writer unless <paramref name="leaveOpen"/>.</summary>
    public MarcXmlWriter(Stream stream, MarcWriterOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= MarcWriterOptions.Default;
        _stream = stream;
        _leaveOpen = leaveOpen;
        _indent = options.Indent;
        _collection = options.Collection;
        _output = new Utf8Output(stream);
    }

    /// <inheritdoc/>
    public void Write(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            throw new InvalidOperationException("The MARCXML output is complete; no more records can be written.");
        }

        if (!_collection && _written > 0)
        {
            throw new MarcWriteException("Without a collection element a MARCXML document holds one record.");
        }

        Start();
        WriteRecord(record);
        _written++;
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
        if (_collection)
        {
            _output.Write("</collection>\n"u8);
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
        _output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8);
        if (_collection)
        {
            _output.Write("<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n"u8);
        }
    }

    /// <summary>
    /// Each piece (record start, field, record end) is encoded into one span sized for its worst case
    /// (<see cref="XmlText.MaxBytesPerChar"/> bytes a character), so the hot loop never checks for room.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteRecord(MarcRecord record)
    {
        var output = _output;
        var span = output.GetSpan(RecordOverhead + (Leader.Length * XmlText.MaxBytesPerChar));
        var at = 0;
        if (_indent && _collection)
        {
            Put(span, ref at, "  "u8);
        }

        Put(span, ref at, _collection ? "<record>"u8 : "<record xmlns=\"http://www.loc.gov/MARC21/slim\">"u8);
        at += NewLine(span[at..], 1);
        Put(span, ref at, "<leader>"u8);
        var leader = record.Leader.Value;
        at += XmlText.EncodeText(leader.AsSpan(0, 9), span[at..]);
        span[at++] = (byte)'a';
        at += XmlText.EncodeText(leader.AsSpan(10), span[at..]);
        Put(span, ref at, "</leader>"u8);
        output.Advance(at);

        foreach (var field in record.Fields)
        {
            switch (field)
            {
                case ControlField control:
                    WriteControlField(control);
                    break;
                case DataField data:
                    WriteDataField(data);
                    break;
                default:
                    throw new MarcWriteException($"unknown field type {field.GetType().Name}");
            }
        }

        span = output.GetSpan(RecordOverhead);
        at = NewLine(span, 0);
        Put(span, ref at, "</record>\n"u8);
        output.Advance(at);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteControlField(ControlField control)
    {
        var span = _output.GetSpan(FieldOverhead + ((control.Tag.Length + control.Value.Length) * XmlText.MaxBytesPerChar));
        var at = NewLine(span, 1);
        Put(span, ref at, "<controlfield tag=\""u8);
        at += WriteTag(control.Tag, span[at..]);
        Put(span, ref at, "\">"u8);
        at += XmlText.EncodeText(control.Value, span[at..]);
        Put(span, ref at, "</controlfield>"u8);
        _output.Advance(at);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteDataField(DataField data)
    {
        var subfields = data.Subfields;
        var indicators = data.Indicators;
        var size = FieldOverhead + ((data.Tag.Length + indicators.Length) * (XmlText.MaxBytesPerChar + IndicatorOverhead));
        foreach (var subfield in subfields)
        {
            size += SubfieldOverhead + ((subfield.Value.Length + 1) * XmlText.MaxBytesPerChar);
        }

        var span = _output.GetSpan(size);
        var at = NewLine(span, 1);
        Put(span, ref at, "<datafield tag=\""u8);
        at += WriteTag(data.Tag, span[at..]);
        Put(span, ref at, "\" ind1=\""u8);
        at += XmlText.EncodeAttribute(data.Ind1, span[at..]);
        Put(span, ref at, "\" ind2=\""u8);
        at += XmlText.EncodeAttribute(data.Ind2, span[at..]);
        for (var i = 2; i < indicators.Length; i++)
        {
            Put(span, ref at, "\" ind"u8);
            (i + 1).TryFormat(span[at..], out var digits, provider: CultureInfo.InvariantCulture);
            at += digits;
            Put(span, ref at, "=\""u8);
            at += XmlText.EncodeAttribute(indicators[i], span[at..]);
        }

        Put(span, ref at, "\">"u8);
        foreach (var subfield in subfields)
        {
            at += NewLine(span[at..], 2);
            Put(span, ref at, "<subfield code=\""u8);
            at += XmlText.EncodeAttribute(subfield.Code, span[at..]);
            Put(span, ref at, "\">"u8);
            at += XmlText.EncodeText(subfield.Value, span[at..]);
            Put(span, ref at, "</subfield>"u8);
        }

        if (!subfields.IsEmpty)
        {
            at += NewLine(span[at..], 1);
        }

        Put(span, ref at, "</datafield>"u8);
        _output.Advance(at);
    }

    /// <summary>A line break and indentation at a depth inside the record, when indenting; else nothing.</summary>
    private int NewLine(Span<byte> span, int depth)
    {
        if (!_indent)
        {
            return 0;
        }

        var spaces = (depth + (_collection ? 1 : 0)) * 2;
        span[0] = (byte)'\n';
        span.Slice(1, spaces).Fill((byte)' ');
        return spaces + 1;
    }

    private static void Put(Span<byte> span, ref int at, ReadOnlySpan<byte> literal)
    {
        literal.CopyTo(span[at..]);
        at += literal.Length;
    }

    private static int WriteTag(string tag, Span<byte> span)
    {
        if (tag.Length == 3 && char.IsAsciiLetterOrDigit(tag[0]) && char.IsAsciiLetterOrDigit(tag[1]) && char.IsAsciiLetterOrDigit(tag[2]))
        {
            span[0] = (byte)tag[0];
            span[1] = (byte)tag[1];
            span[2] = (byte)tag[2];
            return 3;
        }

        return XmlText.EncodeAttribute(tag, span);
    }
}
