using System.Collections.Immutable;

namespace ThuVien.Marc;

/// <summary>A data field: tag, indicators (two in MARC21) and ordered subfields.</summary>
public sealed class DataField : Field
{
    /// <summary>Creates a data field with two indicators.</summary>
    public DataField(string tag, char ind1, char ind2, params IEnumerable<Subfield> subfields)
        : this(tag, string.Concat(ind1, ind2), subfields.ToImmutableArray())
    {
    }

    /// <summary>Creates a data field with any number of indicators (leader/10).</summary>
    public DataField(string tag, string indicators, ImmutableArray<Subfield> subfields) : base(tag)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        Indicators = indicators;
        Subfields = subfields.IsDefault ? [] : subfields;
    }

    /// <summary>All indicators, usually two characters.</summary>
    public string Indicators { get; }

    /// <summary>First indicator (blank when absent).</summary>
    public char Ind1 => Indicators.Length > 0 ? Indicators[0] : ' ';

    /// <summary>Second indicator (blank when absent).</summary>
    public char Ind2 => Indicators.Length > 1 ? Indicators[1] : ' ';

    /// <summary>The subfields in record order.</summary>
    public ImmutableArray<Subfield> Subfields { get; }

    /// <summary>The value of the first subfield with this code, or null.</summary>
    public string? this[char code]
    {
        get
        {
            foreach (var subfield in Subfields)
            {
                if (subfield.Code == code)
                {
                    return subfield.Value;
                }
            }

            return null;
        }
    }

    /// <summary>Values of every subfield with this code, in order.</summary>
    public IEnumerable<string> Values(char code)
    {
        foreach (var subfield in Subfields)
        {
            if (subfield.Code == code)
            {
                yield return subfield.Value;
            }
        }
    }

    /// <summary>Values of every subfield whose code is in <paramref name="codes"/>, in order.</summary>
    public IEnumerable<string> Values(string codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        foreach (var subfield in Subfields)
        {
            if (codes.Contains(subfield.Code, StringComparison.Ordinal))
            {
                yield return subfield.Value;
            }
        }
    }

    /// <summary>A copy with other subfields.</summary>
    public DataField WithSubfields(ImmutableArray<Subfield> subfields) => new(Tag, Indicators, subfields);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Tag} {Indicators} {string.Concat(Subfields.Select(s => s.ToString()))}";
}
