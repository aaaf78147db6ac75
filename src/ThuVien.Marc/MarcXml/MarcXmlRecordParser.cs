using System.Collections.Immutable;
using System.Text;
using System.Xml;

using ThuVien.Marc.Iso2709;

namespace ThuVien.Marc.MarcXml;

/// <summary>
/// Reads one MARCXML <c>record</c> element: starts on its start tag and leaves the reader on its
/// end tag, so the caller carries on with the next record whatever this one held. Problems are
/// warnings when repaired and errors (a rejection of this record) when the data cannot be placed.
/// </summary>
internal sealed class MarcXmlRecordParser(MarcXmlNames names, MarcReaderOptions options)
{
    private const int MaxIndicators = 9;

    private readonly ImmutableArray<Field>.Builder _fields = ImmutableArray.CreateBuilder<Field>(64);
    private readonly ImmutableArray<Subfield>.Builder _subfields = ImmutableArray.CreateBuilder<Subfield>(16);
    private readonly string?[] _indicatorValues = new string?[MaxIndicators + 1];
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _fieldText = new();

    /// <param name="xml">The reader, on the record's start tag.</param>
    /// <param name="recordNumber">1-based number of the record in the input.</param>
    /// <param name="recordLine">The line of the record's start tag.</param>
    /// <param name="raw">Gives the record's bytes when they are wanted (rejections, KeepRaw).</param>
    /// <param name="inputWarning">A problem of the input as a whole, first noticed at this record.</param>
    public MarcReadResult Parse(XmlReader xml, long recordNumber, int recordLine, Func<bool, ReadOnlyMemory<byte>> raw, string? inputWarning)
    {
        var issues = new IssueList(recordNumber, 0, MarcOffsetKind.Line);
        if (inputWarning is not null)
        {
            issues.Warn(recordLine, null, inputWarning);
        }

        var ns = xml.NamespaceURI;
        if (ns.Length == 0)
        {
            issues.Warn(recordLine, null, $"the record element has no namespace (MARCXML is {MarcXmlNames.SlimNamespace}); read as MARCXML");
        }

        _fields.Clear();
        Leader? leader = null;
        var indicatorCount = 2;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            var more = xml.Read();
            while (more && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    WarnStrayText(xml, issues, null, "record");
                    more = xml.Read();
                    continue;
                }

                var line = LineOf(xml);
                var name = xml.LocalName;
                if (xml.NamespaceURI != ns)
                {
                    issues.Warn(line, null, $"element <{xml.Name}> of namespace '{xml.NamespaceURI}' in the record is skipped");
                    xml.Skip();
                    more = !xml.EOF;
                    continue;
                }

                if (ReferenceEquals(name, names.Leader))
                {
                    var text = ReadText(xml, issues, null);
                    if (leader is null)
                    {
                        leader = TextFieldRules.ReadLeader(text, issues, line);
                        indicatorCount = Math.Max(2, leader.Value.IndicatorCount);
                    }
                    else
                    {
                        issues.Warn(line, null, $"a second leader '{TextFieldRules.Printable(text)}' is ignored");
                    }
                }
                else if (ReferenceEquals(name, names.ControlField))
                {
                    ReadControlField(xml, ns, indicatorCount, issues, line);
                }
                else if (ReferenceEquals(name, names.DataField))
                {
                    ReadDataField(xml, ns, indicatorCount, issues, line);
                }
                else
                {
                    issues.Error(line, null, $"element <{xml.Name}> is not part of a MARCXML record");
                    xml.Skip();
                    more = !xml.EOF;
                    continue;
                }

                more = xml.Read();
            }
        }

        leader ??= TextFieldRules.ReadLeader(null, issues, recordLine);
        if (issues.HasErrors || (!options.Permissive && !issues.IsEmpty))
        {
            if (!issues.HasErrors)
            {
                issues.Error(recordLine, null, "strict mode: the record needs repairs");
            }

            return MarcReadResult.Rejected(recordNumber, recordLine, ErrorsFirst(issues), raw(true));
        }

        var record = new MarcRecord(leader.Value, _fields.DrainToImmutable());
        var warnings = issues.ToImmutable();
        return MarcReadResult.Accepted(recordNumber, recordLine, record, warnings, raw(options.KeepRaw || !warnings.IsEmpty));
    }

    private void ReadControlField(XmlReader xml, string ns, int indicatorCount, IssueList issues, int line)
    {
        var tag = TextFieldRules.ReadTag(xml.GetAttribute(names.Tag), "controlfield", issues, line);
        var messageTag = tag ?? "???";
        var text = ReadFieldContent(xml, ns, messageTag, issues);
        if (tag is null)
        {
            _subfields.Clear();
            return;
        }

        if (_subfields.Count == 0)
        {
            _fields.Add(new ControlField(tag, text));
            return;
        }

        // Some national formats (danMARC) give 00X fields subfields; keep them rather than lose them.
        issues.Warn(line, tag, $"controlfield {tag} holds subfields; read as a data field with blank indicators");
        WarnIfText(text, issues, line, tag);
        _fields.Add(new DataField(tag, new string(' ', indicatorCount), _subfields.DrainToImmutable()));
    }

    private void ReadDataField(XmlReader xml, string ns, int indicatorCount, IssueList issues, int line)
    {
        string? tagValue = null;
        Array.Clear(_indicatorValues);
        var highest = 0;
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                if (xml.NamespaceURI.Length != 0)
                {
                    continue;
                }

                var name = xml.LocalName;
                if (ReferenceEquals(name, names.Tag))
                {
                    tagValue = xml.Value;
                }
                else if (name is ['i', 'n', 'd', >= '1' and <= '9'])
                {
                    var number = name[3] - '0';
                    _indicatorValues[number] = xml.Value;
                    highest = Math.Max(highest, number);
                }
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }

        var tag = TextFieldRules.ReadTag(tagValue, "datafield", issues, line);
        var messageTag = tag ?? "???";
        Span<char> indicators = stackalloc char[indicatorCount];
        for (var i = 0; i < indicatorCount; i++)
        {
            indicators[i] = TextFieldRules.ReadIndicator(_indicatorValues[i + 1], i + 1, messageTag, issues, line);
        }

        for (var i = indicatorCount + 1; i <= highest; i++)
        {
            if (_indicatorValues[i] is { } extra)
            {
                issues.Warn(line, messageTag, $"ind{i} '{TextFieldRules.Printable(extra)}' is not read: leader/10 gives {indicatorCount} indicators");
            }
        }

        var text = ReadFieldContent(xml, ns, messageTag, issues);
        WarnIfText(text, issues, line, messageTag);
        if (tag is null)
        {
            _subfields.Clear();
            return;
        }

        _fields.Add(new DataField(tag, new string(indicators), _subfields.DrainToImmutable()));
    }

    /// <summary>Reads a field's content: subfields into _subfields, and returns the text outside them.</summary>
    private string ReadFieldContent(XmlReader xml, string ns, string tag, IssueList issues)
    {
        _subfields.Clear();
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        string? single = null;
        _fieldText.Clear();
        var depth = xml.Depth;
        var more = xml.Read();
        while (more && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    Append(_fieldText, xml.Value, ref single);
                    break;
                case XmlNodeType.Element when xml.NamespaceURI == ns && ReferenceEquals(xml.LocalName, names.Subfield):
                    ReadSubfield(xml, tag, issues);
                    break;
                case XmlNodeType.Element:
                    var line = LineOf(xml);
                    if (xml.NamespaceURI == ns)
                    {
                        issues.Error(line, tag, $"element <{xml.Name}> is not part of a MARCXML field (expected <subfield>)");
                    }
                    else
                    {
                        issues.Warn(line, tag, $"element <{xml.Name}> of namespace '{xml.NamespaceURI}' in the field is skipped");
                    }

                    xml.Skip();
                    more = !xml.EOF;
                    continue;
            }

            more = xml.Read();
        }

        return _fieldText.Length > 0 ? _fieldText.ToString() : single ?? string.Empty;
    }

    private void ReadSubfield(XmlReader xml, string tag, IssueList issues)
    {
        var line = LineOf(xml);
        var hasCode = TextFieldRules.TryReadSubfieldCode(xml.GetAttribute(names.Code), tag, issues, line, out var code);
        var value = ReadText(xml, issues, tag);
        if (hasCode)
        {
            _subfields.Add(new Subfield(code, value));
        }
    }

    /// <summary>The text of an element without child elements (any are skipped with a warning); the reader ends on its end tag.</summary>
    private string ReadText(XmlReader xml, IssueList issues, string? tag)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var element = xml.Name;
        string? single = null;
        _text.Clear();
        var depth = xml.Depth;
        var more = xml.Read();
        while (more && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                Append(_text, xml.Value, ref single);
            }
            else if (xml.NodeType == XmlNodeType.Element)
            {
                issues.Warn(LineOf(xml), tag, $"element <{xml.Name}> inside <{element}> is skipped");
                xml.Skip();
                more = !xml.EOF;
                continue;
            }

            more = xml.Read();
        }

        return _text.Length > 0 ? _text.ToString() : single ?? string.Empty;
    }

    /// <summary>Most elements hold one text node: keep it without copying; join only when there are several.</summary>
    private static void Append(StringBuilder text, string value, ref string? single)
    {
        if (single is null && text.Length == 0)
        {
            single = value;
            return;
        }

        if (single is not null)
        {
            text.Append(single);
            single = null;
        }

        text.Append(value);
    }

    private static void WarnIfText(string text, IssueList issues, int line, string tag)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            issues.Warn(line, tag, $"text outside subfields is not read: '{Shorten(text.Trim())}'");
        }
    }

    private static void WarnStrayText(XmlReader xml, IssueList issues, string? tag, string element)
    {
        if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
        {
            issues.Warn(LineOf(xml), tag, $"text directly inside <{element}> is not read: '{Shorten(xml.Value.Trim())}'");
        }
    }

    private static string Shorten(string text) =>
        TextFieldRules.Printable(text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…"));

    private static int LineOf(XmlReader xml) => ((IXmlLineInfo)xml).LineNumber;

    private static ImmutableArray<MarcIssue> ErrorsFirst(IssueList issues) =>
        [.. issues.ToImmutable().OrderByDescending(i => i.Severity)];
}
