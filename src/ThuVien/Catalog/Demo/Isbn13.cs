namespace ThuVien.Catalog.Demo;

/// <summary>ISBN-13 check digit (ISO 2108:2017 §7: weights 1 and 3 alternating, modulus 10).</summary>
internal static class Isbn13
{
    /// <summary>The full 13 digits for 12 given digits.</summary>
    public static string Complete(string twelveDigits)
    {
        if (twelveDigits.Length != 12)
        {
            throw new ArgumentException($"An ISBN-13 has 12 digits before its check digit, not {twelveDigits.Length}.", nameof(twelveDigits));
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (twelveDigits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return string.Concat(twelveDigits, ((char)('0' + ((10 - (sum % 10)) % 10))).ToString());
    }
}
