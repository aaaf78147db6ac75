namespace ThuVien.Marc.Identifiers;

/// <summary>
/// An International Standard Book Number (ISO 2108) as found in MARC 020 $a or $z:
/// "978-604-1-01234-5 (bìa mềm)", "0-19-852663-6 :", "604123456X". Parsing keeps the digits
/// without hyphens, the qualifier, and a <see cref="Status"/> that says whether the number is
/// valid; bad input is reported there, never thrown. Two valid ISBNs are equal when they name
/// the same book, so an ISBN-10 equals its ISBN-13 form.
/// </summary>
public readonly struct Isbn : IEquatable<Isbn>
{
    private readonly string? _value;
    private readonly string? _qualifier;
    private readonly string? _isbn10;
    private readonly string? _isbn13;

    private Isbn(string value, string qualifier, StandardNumberStatus status, string? isbn10, string? isbn13)
    {
        _value = value;
        _qualifier = qualifier;
        Status = status;
        _isbn10 = isbn10;
        _isbn13 = isbn13;
    }

    /// <summary>The digits found (ten or thirteen for a well-formed ISBN), without hyphens or spaces, a final X in upper case.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>What followed the number, without parentheses or ISBD punctuation ("bìa mềm", "pbk."), or empty.</summary>
    public string Qualifier => _qualifier ?? string.Empty;

    /// <summary>Whether the number is valid, and if not, why.</summary>
    public StandardNumberStatus Status { get; }

    /// <summary>True when the number has the right length, prefix and check digit.</summary>
    public bool IsValid => Status == StandardNumberStatus.Valid;

    /// <summary>The ten-digit form, or null when the number is invalid or is an ISBN-13 beginning 979 (which has none).</summary>
    public string? Isbn10 => _isbn10;

    /// <summary>The thirteen-digit form, or null when the number is invalid.</summary>
    public string? Isbn13 => _isbn13;

    /// <summary>
    /// Reads an ISBN from subfield text. Returns true when a valid ISBN was found. Either way
    /// <paramref name="isbn"/> holds what was found, with <see cref="Status"/> saying what is wrong.
    /// </summary>
    public static bool TryParse(string? text, out Isbn isbn)
    {
        isbn = Parse(text.AsSpan());
        return isbn.IsValid;
    }

    /// <summary>The ISBN with another qualifier (e.g. from 020 $q, which RDA uses instead of parentheses in $a).</summary>
    internal Isbn WithQualifier(string qualifier)
    {
        ArgumentNullException.ThrowIfNull(qualifier);
        return new Isbn(Value, StandardNumberText.Qualifier(qualifier), Status, _isbn10, _isbn13);
    }

    /// <inheritdoc/>
    public bool Equals(Isbn other) =>
        IsValid && other.IsValid
            ? string.Equals(_isbn13, other._isbn13, StringComparison.Ordinal)
            : Status == other.Status && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Isbn other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        IsValid ? StringComparer.Ordinal.GetHashCode(_isbn13!) : HashCode.Combine(Status, StringComparer.Ordinal.GetHashCode(Value));

    /// <summary>Equality as <see cref="Equals(Isbn)"/>.</summary>
    public static bool operator ==(Isbn left, Isbn right) => left.Equals(right);

    /// <summary>Inequality as <see cref="Equals(Isbn)"/>.</summary>
    public static bool operator !=(Isbn left, Isbn right) => !left.Equals(right);

    /// <summary>The digits without hyphens (<see cref="Value"/>).</summary>
    public override string ToString() => Value;

    /// <summary>The ISBN-10 check digit of nine digits: weights 10 down to 2, modulus 11, 10 written X (ISO 2108:1992).</summary>
    internal static char CheckDigit10(ReadOnlySpan<char> nine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (nine[i] - '0') * (10 - i);
        }

        var check = (11 - (sum % 11)) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    /// <summary>The ISBN-13 (EAN-13) check digit of twelve digits: weights 1 and 3, modulus 10 (ISO 2108:2017).</summary>
    internal static char CheckDigit13(ReadOnlySpan<char> twelve)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (twelve[i] - '0') * ((i & 1) == 0 ? 1 : 3);
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>The ISBN-13 of a valid ten-digit ISBN: prefix 978, the first nine digits, a new check digit.</summary>
    internal static string To13(ReadOnlySpan<char> isbn10)
    {
        Span<char> digits = stackalloc char[13];
        "978".CopyTo(digits);
        isbn10[..9].CopyTo(digits[3..]);
        digits[12] = CheckDigit13(digits[..12]);
        return digits.ToString();
    }

    /// <summary>The ISBN-10 of a valid thirteen-digit ISBN, or null unless it begins 978 (979 numbers have no ten-digit form).</summary>
    internal static string? To10(ReadOnlySpan<char> isbn13)
    {
        if (!isbn13.StartsWith("978"))
        {
            return null;
        }

        Span<char> digits = stackalloc char[10];
        isbn13.Slice(3, 9).CopyTo(digits);
        digits[9] = CheckDigit10(digits[..9]);
        return digits.ToString();
    }

    private static Isbn Parse(ReadOnlySpan<char> text)
    {
        var i = StandardNumberText.SkipLabel(text, "ISBN");

        // Read digits greedily across hyphens and spaces, remembering where the count was 10 or 13
        // at a separator, so that "0198526636 2 v." still yields the ISBN and leaves "2 v.".
        Span<char> digits = stackalloc char[32];
        var count = 0;
        var end = i;
        var end10 = -1;
        var end13 = -1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (count < digits.Length)
                {
                    digits[count] = c;
                }

                count++;
                end = ++i;
            }
            else if (c is 'X' or 'x' && count == 9)
            {
                digits[count++] = 'X';
                end = ++i;
                break;
            }
            else if (count > 0 && StandardNumberText.IsSeparator(c))
            {
                if (count == 10)
                {
                    end10 = end;
                }
                else if (count == 13)
                {
                    end13 = end;
                }

                i++;
            }
            else
            {
                break;
            }
        }

        if (count is not (10 or 13))
        {
            if (end13 >= 0)
            {
                (count, end) = (13, end13);
            }
            else if (end10 >= 0)
            {
                (count, end) = (10, end10);
            }
        }

        var qualifier = StandardNumberText.Qualifier(text[end..]);
        if (count == 0)
        {
            return new Isbn(string.Empty, qualifier, StandardNumberStatus.Empty, null, null);
        }

        var found = digits[..Math.Min(count, digits.Length)];
        var value = found.ToString();
        return count switch
        {
            10 when CheckDigit10(found) == found[9] => new Isbn(value, qualifier, StandardNumberStatus.Valid, value, To13(found)),
            10 => new Isbn(value, qualifier, StandardNumberStatus.InvalidCheckDigit, null, null),
            13 when !found.StartsWith("978") && !found.StartsWith("979") => new Isbn(value, qualifier, StandardNumberStatus.InvalidPrefix, null, null),
            13 when CheckDigit13(found) == found[12] => new Isbn(value, qualifier, StandardNumberStatus.Valid, To10(found), value),
            13 => new Isbn(value, qualifier, StandardNumberStatus.InvalidCheckDigit, null, null),
            _ => new Isbn(value, qualifier, StandardNumberStatus.WrongLength, null, null),
        };
    }
}
