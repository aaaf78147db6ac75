namespace ThuVien.Circulation.Readers;

/// <summary>
/// Vietnamese mobile numbers: ten digits 0 + a network prefix (03x, 05x, 07x, 08x, 09x since the 2018 renumbering),
/// also written +84… or 84… and with spaces, dots or dashes. Stored in the national form 0xxxxxxxxx.
/// </summary>
internal static class VietnamesePhone
{
    /// <summary>The national form, or null when the text is no Vietnamese mobile number.</summary>
    public static string? Normalise(string text)
    {
        var digits = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-' or '(' or ')'))]);
        if (digits.StartsWith('+'))
        {
            digits = digits[1..];
        }
        if (!digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length == 11)
        {
            digits = "0" + digits[2..];
        }
        return digits.Length == 10 && digits[0] == '0' && digits[1] is '3' or '5' or '7' or '8' or '9' ? digits : null;
    }
}
