using System.Collections.Frozen;

namespace ThuVien.Circulation.Readers;

/// <summary>
/// The 12-digit citizen identity number (căn cước công dân), Circular 07/2016/TT-BCA: digits 1–3 the province of
/// birth registration, digit 4 the century and sex (0/1 the 1900s, 2/3 the 2000s, 4/5 the 2100s, …; even male, odd
/// female), digits 5–6 the last two digits of the birth year, digits 7–12 a serial.
/// </summary>
internal static class CitizenId
{
    /// <summary>The 63 province codes (001 Hà Nội … 096 Cà Mau); the gaps in 001–096 are codes no province holds.</summary>
    private static readonly FrozenSet<int> Provinces = new[]
    {
        1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44,
        45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89,
        91, 92, 93, 94, 95, 96,
    }.ToFrozenSet();

    /// <summary>Null when <paramref name="id"/> is a well-formed number that agrees with the date of birth (when
    /// known); otherwise why not, in words for the person who typed it.</summary>
    public static string? Problem(string id, DateOnly? dateOfBirth)
    {
        if (id.Length != 12 || !id.All(char.IsAsciiDigit))
        {
            return "A citizen identity number has exactly 12 digits.";
        }
        var province = int.Parse(id.AsSpan(0, 3), System.Globalization.CultureInfo.InvariantCulture);
        if (!Provinces.Contains(province))
        {
            return $"{id[..3]} is not a province code (001–096).";
        }
        if (dateOfBirth is { } born)
        {
            var year = BirthYear(id);
            if (year != born.Year)
            {
                return $"The number says born in {year}, the date of birth says {born.Year}.";
            }
        }
        return null;
    }

    /// <summary>The birth year a well-formed number encodes.</summary>
    private static int BirthYear(string id) =>
        1900 + ((id[3] - '0') / 2 * 100) + int.Parse(id.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture);
}
