namespace ThuVien.Catalog.Demo;

/// <summary>ISSN check digit (ISO 3297:2022 §4: weights 8 down to 2, modulus 11, 10 written X).</summary>
internal static class Issn
{
    /// <summary>"0866-7497" for the seven digits "0866749".</summary>
    public static string Complete(string sevenDigits)
    {
        if (sevenDigits.Length != 7)
        {
            throw new ArgumentException($"An ISSN has 7 digits before its check digit, not {sevenDigits.Length}.", nameof(sevenDigits));
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (sevenDigits[i] - '0') * (8 - i);
        }

        var check = (11 - (sum % 11)) % 11;
        return string.Concat(sevenDigits.AsSpan(0, 4), "-", sevenDigits.AsSpan(4), check == 10 ? "X" : ((char)('0' + check)).ToString());
    }
}
