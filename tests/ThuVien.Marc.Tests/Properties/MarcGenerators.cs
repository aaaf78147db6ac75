using System.Collections.Immutable;
using CsCheck;

namespace ThuVien.Marc.Tests.Properties;

/// <summary>Random valid MARC21 records for property tests: any Unicode text (Vietnamese included), valid tags, indicators and codes.</summary>
internal static class MarcGenerators
{
    private const string Vietnamese = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐĂÂÊÔƠƯ .,:;/-()[]'\"&<>";

    private static readonly Gen<char> TextChar = Gen.Frequency(
        (6, Gen.Char[Vietnamese]),
        (3, Gen.Char['a', 'z']),
        (1, Gen.Char.Where(c => !char.IsSurrogate(c) && c >= 0x20 && c != '\uFFFE' && c != '\uFFFF')));

    // Values never contain the ISO 2709 delimiters or characters XML 1.0 cannot carry.
    public static readonly Gen<string> Text = Gen.String[TextChar, 0, 60];

    public static readonly Gen<char> Indicator = Gen.Char[" 0123456789abcdefghijklmnopqrstuvwxyz"];

    public static readonly Gen<char> Code = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"];

    public static readonly Gen<Subfield> Subfield = Gen.Select(Code, Text, (c, v) => new Subfield(c, v));

    public static readonly Gen<Field> DataField =
        Gen.Select(Gen.Int[10, 999], Indicator, Indicator, Subfield.Array[1, 8],
            (tag, i1, i2, subfields) => (Field)new DataField(tag.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), string.Concat(i1, i2), subfields.ToImmutableArray()));

    public static readonly Gen<Field> ControlField =
        Gen.Select(Gen.Int[1, 9], Gen.String[Gen.Char['0', 'z'], 1, 40], (tag, value) => (Field)new ControlField("00" + tag.ToString(System.Globalization.CultureInfo.InvariantCulture), value));

    public static readonly Gen<string> LeaderValue =
        Gen.Select(Gen.Char["acdnp"], Gen.Char["acdefgijkmoprt"], Gen.Char["abcdims"], (status, type, level) => $"00000{status}{type}{level} a2200000 i 4500");

    public static readonly Gen<MarcRecord> Record =
        Gen.Select(LeaderValue, ControlField.Array[0, 4], DataField.Array[1, 20],
            (leader, controls, data) => new MarcRecord(new Leader(leader), [.. controls.OrderBy(f => f.Tag, StringComparer.Ordinal), .. data]));
}
