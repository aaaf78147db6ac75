using System.Collections.Immutable;

namespace ThuVien.Marc;

/// <summary>
/// A MARC21 record: leader and fields in record order. Immutable, so a record can be
/// shared between threads and "copied" by reference; the With… methods return new records
/// that share unchanged fields with the original.
/// </summary>
public sealed class MarcRecord
{
    /// <summary>Creates a record.</summary>
    public MarcRecord(Leader leader, ImmutableArray<Field> fields)
    {
        Leader = leader;
        Fields = fields.IsDefault ? [] : fields;
    }

    /// <summary>Creates a record from any sequence of fields.</summary>
    public MarcRecord(Leader leader, params IEnumerable<Field> fields)
        : this(leader, fields.ToImmutableArray())
    {
    }

    /// <summary>The leader.</summary>
    public Leader Leader { get; }

    /// <summary>Control and data fields in record order.</summary>
    public ImmutableArray<Field> Fields { get; }

    /// <summary>The value of the first control field with this tag (e.g. "001"), or null.</summary>
    public string? Control(string tag)
    {
        foreach (var field in Fields)
        {
            if (field is ControlField control && control.Tag == tag)
            {
                return control.Value;
            }
        }

        return null;
    }

    /// <summary>The control number (001), or null.</summary>
    public string? ControlNumber => Control("001");

    /// <summary>Every data field with this tag, in order.</summary>
    public IEnumerable<DataField> DataFields(string tag)
    {
        foreach (var field in Fields)
        {
            if (field is DataField data && data.Tag == tag)
            {
                yield return data;
            }
        }
    }

    /// <summary>Every data field in order.</summary>
    public IEnumerable<DataField> DataFields() => Fields.OfType<DataField>();

    /// <summary>The first data field with this tag, or null.</summary>
    public DataField? DataField(string tag) => DataFields(tag).FirstOrDefault();

    /// <summary>Values of every subfield <paramref name="code"/> of every field <paramref name="tag"/> (all 650 $a).</summary>
    public IEnumerable<string> Values(string tag, char code) => DataFields(tag).SelectMany(f => f.Values(code));

    /// <summary>The first value of subfield <paramref name="code"/> in field <paramref name="tag"/> (first 245 $a), or null.</summary>
    public string? Value(string tag, char code)
    {
        foreach (var field in DataFields(tag))
        {
            if (field[code] is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A copy with another leader.</summary>
    public MarcRecord WithLeader(Leader leader) => new(leader, Fields);

    /// <summary>A copy with other fields.</summary>
    public MarcRecord WithFields(ImmutableArray<Field> fields) => new(Leader, fields);

    /// <summary>A copy with a field added after the last field whose tag sorts before or equal to its tag.</summary>
    public MarcRecord WithFieldAdded(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var index = Fields.Length;
        while (index > 0 && string.CompareOrdinal(Fields[index - 1].Tag, field.Tag) > 0)
        {
            index--;
        }

        return new MarcRecord(Leader, Fields.Insert(index, field));
    }

    /// <summary>A copy without any field with this tag.</summary>
    public MarcRecord WithoutFields(string tag) => new(Leader, Fields.RemoveAll(f => f.Tag == tag));

    /// <summary>Structural equality: same leader, same fields, same indicators and subfields in the same order.</summary>
    public bool ContentEquals(MarcRecord other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Leader != other.Leader || Fields.Length != other.Fields.Length)
        {
            return false;
        }

        for (var i = 0; i < Fields.Length; i++)
        {
            if (!FieldEquals(Fields[i], other.Fields[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool FieldEquals(Field a, Field b) => (a, b) switch
    {
        (ControlField x, ControlField y) => x.Tag == y.Tag && x.Value == y.Value,
        (DataField x, DataField y) => x.Tag == y.Tag && x.Indicators == y.Indicators
            && x.Subfields.AsSpan().SequenceEqual(y.Subfields.AsSpan()),
        _ => false,
    };

    /// <inheritdoc/>
    public override string ToString() => MarcLineFormat.Format(this);
}
