using System.Text;
using static ThuVien.Marc.Iso2709.Iso2709Bytes;

namespace ThuVien.Marc.Iso2709;

/// <summary>
/// Writes records as ISO 2709 in UTF-8 (leader/09 'a'), computing the record length, base address
/// and directory (MARC21 "Directory": 3-digit tag, 4-digit length, 5-digit start).
/// </summary>
public sealed class Iso2709Writer : IMarcWriter
{
    /// <summary>Largest field ISO 2709 can describe with a 4-digit length.</summary>
    public const int MaxFieldLength = 9999;

    /// <summary>Largest record ISO 2709 can describe with a 5-digit length.</summary>
    public const int MaxRecordLength = 99999;

    private const int DirectoryEntryLength = 12;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly RecordEncoder _encoder = new();

    /// <summary>Writes to a stream; the stream is disposed with the writer unless <paramref name="leaveOpen"/>.</summary>
    public Iso2709Writer(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
    }

    /// <inheritdoc/>
    public void Write(MarcRecord record) => _stream.Write(_encoder.Encode(record));

    /// <summary>The ISO 2709 bytes of one record.</summary>
    public static byte[] ToBytes(MarcRecord record) => new RecordEncoder().Encode(record).ToArray();

    /// <inheritdoc/>
    public void Complete() => _stream.Flush();

    /// <inheritdoc/>
    public void Dispose()
    {
        Complete();
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    /// <summary>Reusable scratch space, so writing a million records allocates almost nothing.</summary>
    private sealed class RecordEncoder
    {
        private byte[] _data = new byte[16 * 1024];
        private byte[] _record = new byte[32 * 1024];
        private int[] _lengths = new int[64];

        public ReadOnlySpan<byte> Encode(MarcRecord record)
        {
            ArgumentNullException.ThrowIfNull(record);
            var fields = record.Fields;
            if (_lengths.Length < fields.Length)
            {
                _lengths = new int[fields.Length * 2];
            }

            var dataLength = 0;
            for (var i = 0; i < fields.Length; i++)
            {
                var start = dataLength;
                dataLength = EncodeField(fields[i], dataLength);
                _lengths[i] = dataLength - start;
                if (_lengths[i] > MaxFieldLength)
                {
                    throw new MarcWriteException($"field {fields[i].Tag} is {_lengths[i]} bytes; ISO 2709 allows {MaxFieldLength}");
                }
            }

            var baseAddress = LeaderLength + (fields.Length * DirectoryEntryLength) + 1;
            var total = baseAddress + dataLength + 1;
            if (total > MaxRecordLength)
            {
                throw new MarcWriteException($"record is {total} bytes; ISO 2709 allows {MaxRecordLength}");
            }

            if (_record.Length < total)
            {
                _record = new byte[total * 2];
            }

            var output = _record.AsSpan(0, total);
            WriteLeader(record.Leader, total, baseAddress, output);
            var at = LeaderLength;
            var fieldStart = 0;
            for (var i = 0; i < fields.Length; i++)
            {
                WriteTag(fields[i].Tag, output.Slice(at, 3));
                WriteDigits(_lengths[i], output.Slice(at + 3, 4));
                WriteDigits(fieldStart, output.Slice(at + 7, 5));
                fieldStart += _lengths[i];
                at += DirectoryEntryLength;
            }

            output[at++] = FieldTerminator;
            _data.AsSpan(0, dataLength).CopyTo(output[at..]);
            output[^1] = RecordTerminator;
            return output;
        }

        private static void WriteLeader(Leader leader, int total, int baseAddress, Span<byte> output)
        {
            var value = leader.Value;
            for (var i = 0; i < LeaderLength; i++)
            {
                output[i] = value[i] < 0x80 ? (byte)value[i] : (byte)' ';
            }

            WriteDigits(total, output[..5]);
            output[9] = (byte)'a';
            WriteDigits(baseAddress, output.Slice(12, 5));
            output[20] = (byte)'4';
            output[21] = (byte)'5';
            output[22] = (byte)'0';
        }

        private static void WriteTag(string tag, Span<byte> output)
        {
            for (var i = 0; i < 3; i++)
            {
                output[i] = i < tag.Length && tag[i] < 0x80 ? (byte)tag[i] : (byte)' ';
            }
        }

        private static void WriteDigits(int value, Span<byte> output)
        {
            for (var i = output.Length - 1; i >= 0; i--)
            {
                output[i] = (byte)('0' + (value % 10));
                value /= 10;
            }
        }

        private int EncodeField(Field field, int at)
        {
            switch (field)
            {
                case ControlField control:
                    at = Append(control.Value, at);
                    break;
                case DataField data:
                    at = Append(data.Indicators, at);
                    foreach (var subfield in data.Subfields)
                    {
                        Ensure(at + 5);
                        _data[at++] = SubfieldDelimiter;
                        if (subfield.Code < 0x80)
                        {
                            _data[at++] = (byte)subfield.Code;
                        }
                        else
                        {
                            at += Encoding.UTF8.GetBytes([subfield.Code], _data.AsSpan(at));
                        }

                        at = Append(subfield.Value, at);
                    }

                    break;
                default:
                    throw new MarcWriteException($"unknown field type {field.GetType().Name}");
            }

            Ensure(at + 1);
            _data[at++] = FieldTerminator;
            return at;
        }

        private int Append(string text, int at)
        {
            Ensure(at + Encoding.UTF8.GetMaxByteCount(text.Length));
            return at + Encoding.UTF8.GetBytes(text, _data.AsSpan(at));
        }

        private void Ensure(int size)
        {
            if (_data.Length < size)
            {
                Array.Resize(ref _data, Math.Max(size, _data.Length * 2));
            }
        }
    }
}
