using System.Globalization;
using System.Xml;
using ThuVien.Marc.Tests.Support;
using ThuVien.Marc.Text;

namespace ThuVien.Marc.Tests.Text;

/// <summary>
/// The checked-in Marc8Tables.g.cs against the LC code tables it was generated from: a stale or
/// hand-edited table fails here. Regenerate with tools/Marc8Tables/generate.cs (see the file's header).
/// </summary>
public class Marc8TablesTests
{
    private static readonly Marc8CharacterSet[] SingleByteSets =
    [
        Marc8Tables.BasicLatin, Marc8Tables.ExtendedLatin, Marc8Tables.GreekSymbols, Marc8Tables.Subscripts,
        Marc8Tables.Superscripts, Marc8Tables.BasicHebrew, Marc8Tables.BasicCyrillic, Marc8Tables.ExtendedCyrillic,
        Marc8Tables.BasicArabic, Marc8Tables.ExtendedArabic, Marc8Tables.BasicGreek,
    ];

    [Fact]
    public void Every_code_of_the_LC_tables_maps_as_the_checked_in_tables_say()
    {
        var codes = ReadCodeTables(TestData.Require("marc8/codetables.xml"));
        var mismatches = new List<string>();
        var mapped = SingleByteSets.ToDictionary(s => s.FinalByte, _ => 0);
        var eacc = 0;
        foreach (var code in codes)
        {
            var expected = Expected(code);
            if (code.IsoCode == Marc8Tables.Eacc.FinalByte)
            {
                eacc++;
                var actual = Marc8Eacc.Lookup((byte)(code.Marc >> 16), (byte)(code.Marc >> 8), (byte)code.Marc);
                if (actual != expected)
                {
                    mismatches.Add($"EACC {code.Marc:X6}: table U+{actual:X4}, LC U+{expected:X4}");
                }

                continue;
            }

            var set = SingleByteSets.Single(s => s.FinalByte == code.IsoCode);
            var b = (byte)code.Marc;
            if (code.Marc <= 0x20)
            {
                // ESC, the MARC delimiters and SPACE: the decoder passes them through.
                if (expected != code.Marc)
                {
                    mismatches.Add($"{set.Name} {code.Marc:X2}: LC maps a control to U+{expected:X4}");
                }
            }
            else if (code.Marc is >= 0x80 and < 0xA0)
            {
                Check(mismatches, $"{set.Name} {code.Marc:X2}", Marc8Tables.ControlFunctions[code.Marc - 0x80], expected);
            }
            else
            {
                mapped[set.FinalByte]++;
                Check(mismatches, $"{set.Name} {code.Marc:X2}", set[b] == Marc8Tables.MapsToNothing ? -2 : set[b], expected);
                if (set.IsCombining(b) != code.IsCombining)
                {
                    mismatches.Add($"{set.Name} {code.Marc:X2}: combining is {set.IsCombining(b)}, LC says {code.IsCombining}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(30)));

        // Nothing in the checked-in tables that the LC tables do not have.
        Assert.Equal(Marc8Tables.EaccCount, eacc);
        foreach (var set in SingleByteSets)
        {
            var positions = Enumerable.Range(0x21, 94).Count(b => set[(byte)b] != Marc8Tables.Unmapped);
            Assert.Equal(mapped[set.FinalByte], positions);
        }

        Assert.True(codes.Count > 16_000, $"only {codes.Count} codes read");
    }

    [Fact]
    public void The_second_halves_of_the_ligature_and_double_tilde_map_to_nothing()
    {
        Assert.Equal('\u0361', Marc8Tables.ExtendedLatin[0xEB]);
        Assert.Equal(Marc8Tables.MapsToNothing, Marc8Tables.ExtendedLatin[0xEC]);
        Assert.Equal('\u0360', Marc8Tables.ExtendedLatin[0xFA]);
        Assert.Equal(Marc8Tables.MapsToNothing, Marc8Tables.ExtendedLatin[0xFB]);
    }

    private static void Check(List<string> mismatches, string what, int actual, int expected)
    {
        if (actual != expected)
        {
            mismatches.Add($"{what}: table U+{actual:X4}, LC U+{expected:X4}");
        }
    }

    // The generator's policy, restated: no <ucs> maps to nothing (-2); a Private Use <ucs> with an <alt> takes the <alt>.
    private static int Expected(Code code)
    {
        if (code.Ucs.Length == 0)
        {
            return -2;
        }

        var ucs = int.Parse(code.Ucs, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ucs is >= 0xE000 and <= 0xF8FF && code.Alt.Length > 0
            ? int.Parse(code.Alt, NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : ucs;
    }

    private sealed record Code(byte IsoCode, int Marc, string Ucs, string Alt, bool IsCombining);

    private static List<Code> ReadCodeTables(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        using var xml = XmlReader.Create(File.OpenRead(path), settings);
        var codes = new List<Code>();
        byte isoCode = 0;
        string? marc = null, ucs = null, alt = null;
        var combining = false;
        var more = xml.Read();
        while (more)
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "code")
            {
                codes.Add(new Code(isoCode, int.Parse(marc!, NumberStyles.HexNumber, CultureInfo.InvariantCulture), ucs ?? string.Empty, alt ?? string.Empty, combining));
                (marc, ucs, alt, combining) = (null, null, null, false);
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "marc" or "ucs" or "alt" or "isCombining")
            {
                var name = xml.LocalName;
                var value = xml.ReadElementContentAsString().Trim();
                switch (name)
                {
                    case "marc":
                        marc = value;
                        break;
                    case "ucs":
                        ucs = value;
                        break;
                    case "alt":
                        alt = value;
                        break;
                    default:
                        combining = value == "true";
                        break;
                }

                more = !xml.EOF;
                continue;
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "characterSet")
            {
                isoCode = byte.Parse(xml.GetAttribute("ISOcode")!, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }

            more = xml.Read();
        }

        return codes;
    }
}
