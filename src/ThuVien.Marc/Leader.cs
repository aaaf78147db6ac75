namespace ThuVien.Marc;

/// <summary>
/// The 24-character MARC21 leader (MARC21 Bibliographic, "Leader").
/// Immutable; positions are exposed by name where other parts need them.
/// </summary>
public readonly record struct Leader
{
    /// <summary>The length of every leader.</summary>
    public const int Length = 24;

    /// <summary>A neutral leader for a new UTF-8 bibliographic book record.</summary>
    public static Leader Default { get; } = new("00000nam a2200000 i 4500");

    private readonly string? _value;

    /// <summary>Creates a leader; shorter values are padded with blanks, longer ones are rejected.</summary>
    public Leader(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > Length)
        {
            throw new ArgumentException($"A leader has {Length} characters, not {value.Length}.", nameof(value));
        }

        _value = value.Length == Length ? value : value.PadRight(Length);
    }

    /// <summary>The leader as 24 characters.</summary>
    public string Value => _value ?? Default._value!;

    /// <summary>Character at a leader position (0-23).</summary>
    public char this[int position] => Value[position];

    /// <summary>05: record status (a, c, d, n, p).</summary>
    public char RecordStatus => Value[5];

    /// <summary>06: type of record (a language material, c notated music, e map, g projected medium, …).</summary>
    public char TypeOfRecord => Value[6];

    /// <summary>07: bibliographic level (a, b, c, d, i, m, s).</summary>
    public char BibliographicLevel => Value[7];

    /// <summary>09: character coding scheme: 'a' is UCS/Unicode, blank is MARC-8.</summary>
    public char CharacterCodingScheme => Value[9];

    /// <summary>True when leader/09 says the record is in Unicode (UTF-8).</summary>
    public bool IsUnicode => Value[9] == 'a';

    /// <summary>10: indicator count (2 in MARC21).</summary>
    public int IndicatorCount => Value[10] is >= '1' and <= '9' ? Value[10] - '0' : 2;

    /// <summary>11: subfield code length including the delimiter (2 in MARC21).</summary>
    public int SubfieldCodeLength => Value[11] is >= '1' and <= '9' ? Value[11] - '0' : 2;

    /// <summary>17: encoding level.</summary>
    public char EncodingLevel => Value[17];

    /// <summary>18: descriptive cataloguing form (a AACR2, i ISBD, c/n …).</summary>
    public char DescriptiveCatalogingForm => Value[18];

    /// <summary>Returns a copy with one position changed.</summary>
    public Leader With(int position, char value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, Length);
        return new Leader(string.Create(Length, (Value, position, value), static (span, s) =>
        {
            s.Value.AsSpan().CopyTo(span);
            span[s.position] = s.value;
        }));
    }

    /// <summary>Returns a copy with a substring replaced starting at a position.</summary>
    public Leader With(int position, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position + value.Length, Length);
        return new Leader(string.Concat(Value.AsSpan(0, position), value, Value.AsSpan(position + value.Length)));
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
