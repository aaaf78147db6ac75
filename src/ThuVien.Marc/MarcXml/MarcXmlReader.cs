using System.Collections;
using System.Xml;

namespace ThuVien.Marc.MarcXml;

/// <summary>
/// Streams MARCXML records (MARC21 slim) from any stream in constant memory: a <c>collection</c>,
/// a single <c>record</c>, or records anywhere in another document (an OAI-PMH response). Records
/// with a prefix (<c>marc:record</c>) are read; records in no namespace are read with a warning.
/// </summary>
/// <remarks>
/// Untrusted input: DTDs are refused and nothing outside the stream is ever opened, so external
/// entities and entity expansion ("billion laughs") cannot happen. Per-record problems come back as
/// warnings or a rejection of that record, and reading goes on. XML that is not well-formed ends the
/// input: the reader yields one rejection naming the line, column and reason, and stops. It never
/// throws for bad data. Text is kept as given (no Unicode normalisation) and so is the leader.
/// <see cref="MarcReadResult.Offset"/> is the line of the record's start tag, and
/// <see cref="MarcReadResult.Raw"/> holds the input lines the record spans.
/// </remarks>
public sealed class MarcXmlReader : IMarcReader
{
    private readonly Stream _stream;
    private readonly MarcReaderOptions _options;
    private readonly bool _leaveOpen;
    private readonly MarcXmlNames _names = new();
    private readonly LineWindowStream _window;
    private readonly Func<bool, ReadOnlyMemory<byte>> _captureRaw;
    private XmlReader? _xml;
    private long _recordNumber;
    private int _recordLine;
    private bool _inRecord;
    private int _rootElements;
    private string? _rootName;
    private bool _done;
    private bool _enumerated;

    /// <summary>Reads from a stream; the stream is disposed with the reader unless <paramref name="leaveOpen"/>.</summary>
    public MarcXmlReader(Stream stream, MarcReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _options = options ?? MarcReaderOptions.Default;
        _leaveOpen = leaveOpen;
        // MARCXML is about twice the size of the same record in ISO 2709.
        _window = new LineWindowStream(stream, Math.Max(1 << 16, (int)Math.Min(int.MaxValue / 2, 4L * _options.MaxRecordBytes)));
        _captureRaw = CaptureRaw;
    }

    /// <inheritdoc/>
    public IEnumerator<MarcReadResult> GetEnumerator()
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("A MARCXML reader can be enumerated once.");
        }

        _enumerated = true;
        return Read().GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public void Dispose()
    {
        _xml?.Dispose();
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private IEnumerable<MarcReadResult> Read()
    {
        var parser = new MarcXmlRecordParser(_names, _options);
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

    private MarcReadResult? Next(MarcXmlRecordParser parser)
    {
        try
        {
            _xml ??= XmlReader.Create(_window, Settings(_names.Table));
            while (_xml.Read())
            {
                if (_xml.Depth == 0 && _xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    _done = true;
                    return NotXml();
                }

                if (_xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                var marcRoot = (_xml.LocalName == "collection" || ReferenceEquals(_xml.LocalName, _names.Record))
                    && (_xml.NamespaceURI == _names.Namespace || _xml.NamespaceURI.Length == 0);
                if (_xml.Depth == 0 && !marcRoot)
                {
                    _rootName ??= _xml.NamespaceURI.Length == 0 ? _xml.LocalName : $"{_xml.LocalName} in namespace {_xml.NamespaceURI}";
                }

                string? inputWarning = null;
                if (_xml.Depth == 0 && ++_rootElements == 2)
                {
                    inputWarning = "the input has several root elements (records one after another without a <collection>): not well-formed XML, but each record is read";
                }

                if (ReferenceEquals(_xml.LocalName, _names.Record)
                    && (_xml.NamespaceURI == _names.Namespace || _xml.NamespaceURI.Length == 0))
                {
                    _recordNumber++;
                    _recordLine = ((IXmlLineInfo)_xml).LineNumber;
                    _window.Mark(_recordLine);
                    _inRecord = true;
                    var result = parser.Parse(_xml, _recordNumber, _recordLine, _captureRaw, inputWarning);
                    _inRecord = false;
                    return result;
                }
            }

            _done = true;
            return _recordNumber == 0 && _rootName is not null ? NoMarcXml() : null;
        }
        catch (XmlException ex)
        {
            _done = true;
            return NotWellFormed(ex);
        }
    }

    /// <summary>A well-formed document with no MARC21 slim record in it (e.g. another schema) is counted, not passed over.</summary>
    private MarcReadResult NoMarcXml()
    {
        var issue = new MarcIssue(MarcSeverity.Error, ++_recordNumber, 1, null, $"no MARCXML record in the document (root element {_rootName})") { OffsetKind = MarcOffsetKind.Line };
        return MarcReadResult.Rejected(_recordNumber, 1, [issue], ReadOnlyMemory<byte>.Empty);
    }

    private MarcReadResult NotWellFormed(XmlException ex)
    {
        var number = _inRecord ? _recordNumber : ++_recordNumber;
        var offset = _inRecord ? _recordLine : ex.LineNumber;
        var raw = _inRecord ? _window.Capture(ex.LineNumber) : ReadOnlyMemory<byte>.Empty;
        var message = $"the XML is not well-formed at line {ex.LineNumber}, column {ex.LinePosition}: {Reason(ex)}; reading stops here";
        var issue = new MarcIssue(MarcSeverity.Error, number, ex.LineNumber, null, message) { OffsetKind = MarcOffsetKind.Line };
        return MarcReadResult.Rejected(number, offset, [issue], raw);
    }

    private MarcReadResult NotXml()
    {
        var number = ++_recordNumber;
        var line = ((IXmlLineInfo)_xml!).LineNumber;
        var issue = new MarcIssue(MarcSeverity.Error, number, line, null, $"text outside any element at line {line}: the input is not XML; reading stops here") { OffsetKind = MarcOffsetKind.Line };
        return MarcReadResult.Rejected(number, line, [issue], ReadOnlyMemory<byte>.Empty);
    }

    private ReadOnlyMemory<byte> CaptureRaw(bool wanted) =>
        wanted && _xml is not null ? _window.Capture(((IXmlLineInfo)_xml).LineNumber) : default;

    private static string Reason(XmlException ex)
    {
        // XmlReader refuses the DTD itself; say why in our words rather than suggest enabling it.
        if (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return "the document has a DTD (<!DOCTYPE>), which is refused: entities in untrusted input could read files or expand without bound";
        }

        // The message ends with its own " Line n, position m." which the caller states already.
        var message = ex.Message;
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }

    private static XmlReaderSettings Settings(XmlNameTable names) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        // Fragment: records one after another without a <collection> are common in real exports.
        ConformanceLevel = ConformanceLevel.Fragment,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        // Whitespace-only values (a subfield holding one blank) are data, so whitespace is not ignored.
        IgnoreWhitespace = false,
        CloseInput = false,
        NameTable = names,
    };
}
