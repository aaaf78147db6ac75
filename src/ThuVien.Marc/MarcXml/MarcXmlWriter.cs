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

    private void WriteRecord(MarcRecord record)
    {
        var output = _output;
        var indent = _indent;
        if (indent && _collection)
        {
            output.Write("  "u8);
        }

        output.Write(_collection ? "<record>"u8 : "<record xmlns=\"http://www.loc.gov/MARC21/slim\">"u8);
        NewLine(1);
        output.Write("<leader>"u8);
        var leader = record.Leader.Value;
        XmlText.WriteText(output, leader.AsSpan(0, 9));
        output.Write((byte)'a');
        XmlText.WriteText(output, leader.AsSpan(10));
        output.Write("</leader>"u8);

        foreach (var field in record.Fields)
        {
            NewLine(1);
            switch (field)
            {
                case ControlField control:
                    output.Write("<controlfield tag=\""u8);
                    WriteTag(control.Tag);
                    output.Write("\">"u8);
                    XmlText.WriteText(output, control.Value);
                    output.Write("</controlfield>"u8);
                    break;
                case DataField data:
                    WriteDataField(data);
                    break;
                default:
                    throw new MarcWriteException($"unknown field type {field.GetType().Name}");
            }
        }

        NewLine(0);
        output.Write("</record>\n"u8);

        void NewLine(int depth)
        {
            if (indent)
            {
                output.Write((byte)'\n');
                var spaces = (depth + (_collection ? 1 : 0)) * 2;
                output.Write("          "u8[..spaces]);
            }
        }
    }

    private void WriteDataField(DataField data)
    {
        var output = _output;
        output.Write("<datafield tag=\""u8);
        WriteTag(data.Tag);
        output.Write("\" ind1=\""u8);
        XmlText.WriteAttribute(output, data.Ind1);
        output.Write("\" ind2=\""u8);
        XmlText.WriteAttribute(output, data.Ind2);
        var indicators = data.Indicators;
        for (var i = 2; i < indicators.Length; i++)
        {
            output.Write("\" ind"u8);
            WriteNumber(i + 1);
            output.Write("=\""u8);
            XmlText.WriteAttribute(output, indicators[i]);
        }

        output.Write("\">"u8);
        var subfieldIndent = _indent ? (_collection ? 6 : 4) : 0;
        foreach (var subfield in data.Subfields)
        {
            if (subfieldIndent > 0)
            {
                output.Write((byte)'\n');
                output.Write("          "u8[..subfieldIndent]);
            }

            output.Write("<subfield code=\""u8);
            XmlText.WriteAttribute(output, subfield.Code);
            output.Write("\">"u8);
            XmlText.WriteText(output, subfield.Value);
            output.Write("</subfield>"u8);
        }

        if (subfieldIndent > 0 && data.Subfields.Length > 0)
        {
            output.Write((byte)'\n');
            output.Write("          "u8[..(subfieldIndent - 2)]);
        }

        output.Write("</datafield>"u8);
    }

    private void WriteTag(string tag)
    {
        if (tag.Length == 3 && char.IsAsciiLetterOrDigit(tag[0]) && char.IsAsciiLetterOrDigit(tag[1]) && char.IsAsciiLetterOrDigit(tag[2]))
        {
            var span = _output.GetSpan(3);
            span[0] = (byte)tag[0];
            span[1] = (byte)tag[1];
            span[2] = (byte)tag[2];
            _output.Advance(3);
            return;
        }

        XmlText.WriteAttribute(_output, tag);
    }

    private void WriteNumber(int value)
    {
        var span = _output.GetSpan(11);
        value.TryFormat(span, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        _output.Advance(written);
    }
}