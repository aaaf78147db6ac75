using ThuVien.Marc.Iso2709;

namespace ThuVien.Marc.Tests.Vietnamese;

/// <summary>The four byte forms of a fixture record that a Vietnamese library may receive.</summary>
internal static class VietnameseRecordForms
{
    public const string Utf8 = "UTF-8";
    public const string Marc8 = "MARC-8";
    public const string Tcvn3 = "TCVN3";
    public const string Vni = "VNI";

    public static IReadOnlyList<string> All { get; } = [Utf8, Marc8, Tcvn3, Vni];

    /// <summary>ISO 2709 bytes of a record: UTF-8 with leader/09 'a', the 8-bit forms with leader/09 blank.</summary>
    public static byte[] Write(MarcRecord record, string form) => form switch
    {
        Utf8 => Iso2709Writer.ToBytes(record),
        Marc8 => EightBitIso2709.Write(record, AnselEncoder.Encode),
        Tcvn3 => EightBitIso2709.Write(record, Tcvn3Encoder.Encode),
        Vni => EightBitIso2709.Write(record, VniEncoder.Encode),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    /// <summary>The encoding a reader is told to use when the form is given explicitly.</summary>
    public static MarcEncoding Encoding(string form) => form switch
    {
        Utf8 => MarcEncoding.Utf8,
        Marc8 => MarcEncoding.Marc8,
        Tcvn3 => MarcEncoding.Tcvn3,
        Vni => MarcEncoding.Vni,
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    /// <summary>The data part of ISO 2709 bytes (after the directory), which is what detection looks at.</summary>
    public static ReadOnlySpan<byte> DataOf(ReadOnlySpan<byte> record)
    {
        var baseAddress = int.Parse(record.Slice(12, 5), provider: System.Globalization.CultureInfo.InvariantCulture);
        return record[baseAddress..];
    }
}
