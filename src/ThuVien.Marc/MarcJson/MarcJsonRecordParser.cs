using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

using ThuVien.Marc.Iso2709;

namespace ThuVien.Marc.MarcJson;

/// <summary>
/// Parses one MARC-in-JSON record object, already known to be well-formed JSON:
/// <c>{"leader": "…", "fields": [{"001": "…"}, {"245": {"ind1": "1", "ind2": "0", "subfields": [{"a": "…"}]}}]}</c>.
/// What can be repaired is repaired with a warning; what cannot be placed (a field with no usable
/// tag, a subfield without a code) rejects the record.
/// </summary>
internal sealed class MarcJsonRecordParser(MarcReaderOptions options)
{
    private const int MaxIndicators = 9;

    private readonly ImmutableArray<Field>.Builder _fields = ImmutableArray.CreateBuilder<Field>(64);
    private readonly ImmutableArray<Subfield>.Builder _subfields = ImmutableArray.CreateBuilder<Subfield>(16);
    private readonly string?[] _indicatorValues = new string?[MaxIndicators + 1];

    /// <summary>Lines are counted only as far as needed, once per record.</summary>
    private LineCounter _lines;

    /// <param name="json">The bytes of one complete JSON object.</param>
    /// <param name="recordNumber">1-based number of the record in the input.</param>
    /// <param name="line">The line where the object starts.</param>
    public MarcReadResult Parse(ReadOnlySpan<byte> json, long recordNumber, int line)
    {
        var issues = new IssueList(recordNumber, 0, MarcOffsetKind.Line);
        _lines = new LineCounter(line);
        _fields.Clear();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        reader.Read();
        var leader = FindLeader(reader, json, issues);
        var indicatorCount = Math.Max(2, leader?.IndicatorCount ?? 2);
        var sawFields = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("leader"u8))
            {
                reader.Skip();
            }
            else if (reader.ValueTextEquals("fields"u8))
            {
                sawFields = true;
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    ReadFields(ref reader, json, indicatorCount, issues);
                }
                else
                {
                    issues.Error(LineAt(json, reader), null, $"\"fields\" is {Describe(reader.TokenType)}, not an array");
                    reader.Skip();
                }
            }
            else
            {
                issues.Warn(LineAt(json, reader), null, $"member \"{reader.GetString()}\" of the record is not read");
                reader.Skip();
            }
        }

        if (leader is null && !sawFields)
        {
            issues.Error(line, null, "the object has neither \"leader\" nor \"fields\": it is not a MARC-in-JSON record");
        }
        else if (!sawFields)
        {
            issues.Warn(line, null, "the record has no \"fields\"");
        }

        leader ??= TextFieldRules.ReadLeader(null, issues, line);

        if (issues.HasErrors || (!options.Permissive && !issues.IsEmpty))
        {
            if (!issues.HasErrors)
            {
                issues.Error(line, null, "strict mode: the record needs repairs");
            }

            return MarcReadResult.Rejected(recordNumber, line, [.. issues.ToImmutable().OrderByDescending(i => i.Severity)], json.ToArray());
        }

        var warnings = issues.ToImmutable();
        var raw = options.KeepRaw || !warnings.IsEmpty ? json.ToArray() : default;
        return MarcReadResult.Accepted(recordNumber, line, new MarcRecord(leader.Value, _fields.DrainToImmutable()), warnings, raw);
    }

    /// <summary>The leader decides the indicator count, so it is found first wherever it is in the object; null when absent.</summary>
    private Leader? FindLeader(Utf8JsonReader probe, ReadOnlySpan<byte> json, IssueList issues)
    {
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            if (!probe.ValueTextEquals("leader"u8))
            {
                probe.Skip();
                continue;
            }

            probe.Read();
            var line = LineAt(json, probe);
            if (probe.TokenType == JsonTokenType.String)
            {
                return TextFieldRules.ReadLeader(ReadString(ref probe, issues, line, null), issues, line);
            }

            issues.Warn(line, null, $"\"leader\" is {Describe(probe.TokenType)}, not a string; ignored");
            return null;
        }

        return null;
    }

    private void ReadFields(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int indicatorCount, IssueList issues)
    {
        var number = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            number++;
            var line = LineAt(json, reader);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                issues.Error(line, null, $"field {number} is {Describe(reader.TokenType)}, not an object");
                reader.Skip();
                continue;
            }

            var members = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                members++;
                line = LineAt(json, reader);
                var tag = TextFieldRules.ReadTag(PropertyName(ref reader), "field", issues, line);
                reader.Read();
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        var value = ReadString(ref reader, issues, line, tag);
                        if (tag is not null)
                        {
                            if (!Field.IsControlTag(tag))
                            {
                                issues.Warn(line, tag, $"field {tag} has a plain value; read as a control field");
                            }

                            _fields.Add(new ControlField(tag, value));
                        }

                        break;
                    case JsonTokenType.StartObject:
                        ReadDataField(ref reader, json, tag, indicatorCount, issues, line);
                        break;
                    case JsonTokenType.Null:
                        issues.Warn(line, tag, $"field {tag ?? "???"} is null; skipped");
                        break;
                    default:
                        issues.Error(line, tag, $"field {tag ?? "???"} is {Describe(reader.TokenType)}, not a string or an object");
                        reader.Skip();
                        break;
                }
            }

            if (members != 1)
            {
                issues.Warn(line, null, members == 0
                    ? $"field {number} is an empty object; skipped"
                    : $"field {number} holds {members} fields; each is read");
            }
        }
    }

    private void ReadDataField(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string? tag, int indicatorCount, IssueList issues, int line)
    {
        var messageTag = tag ?? "???";
        Array.Clear(_indicatorValues);
        _subfields.Clear();
        var highest = 0;
        var sawSubfields = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var memberLine = LineAt(json, reader);
            if (reader.ValueTextEquals("subfields"u8))
            {
                sawSubfields = true;
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    ReadSubfields(ref reader, json, messageTag, issues);
                }
                else
                {
                    issues.Error(memberLine, messageTag, $"\"subfields\" is {Describe(reader.TokenType)}, not an array");
                    reader.Skip();
                }

                continue;
            }

            var name = PropertyName(ref reader);
            if (name is ['i', 'n', 'd', >= '1' and <= '9'])
            {
                var indicator = name[3] - '0';
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    _indicatorValues[indicator] = ReadString(ref reader, issues, memberLine, messageTag);
                    highest = Math.Max(highest, indicator);
                }
                else
                {
                    issues.Warn(memberLine, messageTag, $"\"{name}\" is {Describe(reader.TokenType)}, not a string; ignored");
                    reader.Skip();
                }

                continue;
            }

            issues.Warn(memberLine, messageTag, $"member \"{name}\" of field {messageTag} is not read");
            reader.Skip();
        }

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

        if (!sawSubfields)
        {
            issues.Warn(line, messageTag, $"field {messageTag} has no \"subfields\"");
        }

        if (tag is not null)
        {
            _fields.Add(new DataField(tag, new string(indicators), _subfields.DrainToImmutable()));
        }
    }

    private void ReadSubfields(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string tag, IssueList issues)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = LineAt(json, reader);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                issues.Error(line, tag, $"a subfield is {Describe(reader.TokenType)}, not an object");
                reader.Skip();
                continue;
            }

            var members = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                members++;
                line = LineAt(json, reader);
                var hasCode = TextFieldRules.TryReadSubfieldCode(PropertyName(ref reader), tag, issues, line, out var code);
                reader.Read();
                var value = ReadValue(ref reader, tag, code, issues, line);
                if (hasCode && value is not null)
                {
                    _subfields.Add(new Subfield(code, value));
                }
            }

            if (members == 0)
            {
                issues.Warn(line, tag, "an empty subfield object is skipped");
            }
        }
    }

    /// <summary>A subfield value: a string; null, numbers and booleans are read as text with a warning.</summary>
    private static string? ReadValue(ref Utf8JsonReader reader, string tag, char code, IssueList issues, int line)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return ReadString(ref reader, issues, line, tag);
            case JsonTokenType.Null:
                issues.Warn(line, tag, $"subfield {code} is null; read as empty");
                return string.Empty;
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                var text = Encoding.UTF8.GetString(reader.ValueSpan);
                issues.Warn(line, tag, $"subfield {code} is {Describe(reader.TokenType)}, not a string; read as '{text}'");
                return text;
            default:
                issues.Error(line, tag, $"subfield {code} is {Describe(reader.TokenType)}, not a string");
                reader.Skip();
                return null;
        }
    }

    private static string PropertyName(ref Utf8JsonReader reader)
    {
        var span = reader.ValueSpan;
        if (!reader.ValueIsEscaped && span.Length == 3 && span[0] < 0x80 && span[1] < 0x80 && span[2] < 0x80)
        {
            return Tags.FromBytes(span);
        }

        return reader.GetString() ?? string.Empty;
    }

    /// <summary>
    /// A string value. Invalid UTF-8 and escaped unpaired surrogates cannot become a .NET string as they
    /// are; they are replaced with U+FFFD and warned about, as the ISO 2709 reader does.
    /// </summary>
    private static string ReadString(ref Utf8JsonReader reader, IssueList issues, int line, string? tag)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            issues.Warn(line, tag, "a string holds invalid UTF-8 or an unpaired surrogate; replaced with U+FFFD");
            return reader.ValueIsEscaped ? Unescape(reader.ValueSpan) : Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    /// <summary>JSON unescaping (RFC 8259 §7) that tolerates unpaired surrogates, for the rare string GetString refuses.</summary>
    private static string Unescape(ReadOnlySpan<byte> escaped)
    {
        var text = new StringBuilder(escaped.Length);
        var decoded = Encoding.UTF8.GetString(escaped);
        for (var i = 0; i < decoded.Length; i++)
        {
            var c = decoded[i];
            if (c != '\\' || i + 1 >= decoded.Length)
            {
                text.Append(c);
                continue;
            }

            var e = decoded[++i];
            if (e == 'u' && i + 4 < decoded.Length
                && ushort.TryParse(decoded.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                text.Append((char)unit);
                i += 4;
                continue;
            }

            text.Append(e switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => e });
        }

        // Now replace every surrogate that is not part of a pair.
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                text[i] = '\uFFFD';
            }
        }

        return text.ToString();
    }

    private int LineAt(ReadOnlySpan<byte> json, in Utf8JsonReader reader) => _lines.At(json, (int)reader.TokenStartIndex);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>Counts line ends forward from the last position asked for, so a record's lines are counted once.</summary>
    private struct LineCounter
    {
        private int _position;
        private int _line;

        public LineCounter(int firstLine)
        {
            FirstLine = firstLine;
            _line = firstLine;
        }

        public int FirstLine { get; }

        public int At(ReadOnlySpan<byte> json, int position)
        {
            if (position < _position)
            {
                _position = 0;
                _line = FirstLine;
            }

            _line += json[_position..position].Count((byte)'\n');
            _position = position;
            return _line;
        }
    }
}
