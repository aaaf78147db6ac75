namespace ThuVien.Marc.Identifiers;

/// <summary>
/// An International Standard Serial Number (ISO 3297) as found in MARC 022 $a, $y or $z:
/// "0317-8471", "1234-567X (Print)". Parsing keeps the eight characters without the hyphen, the
/// qualifier, and a <see cref="Status"/> that says whether the number is valid; bad input is
/// reported there, never thrown.
/// </summary>
public readonly struct Issn : IEquatable<Issn>
{
    private readonly string? _value;
    private readonly string? _qualifier;

    private Issn(string value, string qualifier, StandardNumberStatus status)
    {
        _value = value;
        _qualifier = qualifier;
        Status = status;
    }

    /// <summary>The characters found (eight for a well-formed ISSN), without the hyphen, a final X in upper case.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>What followed the number, without parentheses or ISBD punctuation ("Print", "Online"), or empty.</summary>
    public string Qualifier => _qualifier ?? string.Empty;

    /// <summary>Whether the number is valid, and if not, why.</summary>
    public StandardNumberStatus Status { get; }

    /// <summary>True when the number has eight characters and the right check digit.</summary>
    public bool IsValid => Status == StandardNumberStatus.Valid;

    /// <summary>
    /// Reads an ISSN from subfield text. Returns true when a valid ISSN was found. Either way
    /// <paramref name="issn"/> holds what was found, with <see cref="Status"/> saying what is wrong.
    /// </summary>
    public static bool TryParse(string? text, out Issn issn)
    {
        issn = Parse(text.AsSpan());
        return issn.IsValid;
    }

    /// <inheritdoc/>
    public bool Equals(Issn other) => Status == other.Status && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Issn other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Status, StringComparer.Ordinal.GetHashCode(Value));

    /// <summary>Equality as <see cref="Equals(Issn)"/>.</summary>
    public static bool operator ==(Issn left, Issn right) => left.Equals(right);

    /// <summary>Inequality as <see cref="Equals(Issn)"/>.</summary>
    public static bool operator !=(Issn left, Issn right) => !left.Equals(right);

    /// <summary>The display form, two groups of four separated by a hyphen ("0317-8471", ISO 3297 §4), or <see cref="Value"/> when not eight characters.</summary>
    public override string ToString() => Value.Length == 8 ? string.Concat(Value.AsSpan(0, 4), "-", Value.AsSpan(4)) : Value;

    /// <summary>The ISSN check character of seven digits: weights 8 down to 2, modulus 11, 10 written X (ISO 3297).</summary>
    internal static char CheckDigit(ReadOnlySpan<char> seven)
    {
        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (seven[i] - '0') * (8 - i);
        }

        var check = (11 - (sum % 11)) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    private static Issn Parse(ReadOnlySpan<char> text)
    {
        var i = StandardNumberText.SkipLabel(text, "ISSN");
        Span<char> digits = stackalloc char[32];
        var count = 0;
        var end = i;
        var end8 = -1;
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
            else if (c is 'X' or 'x' && count == 7)
            {
                digits[count++] = 'X';
                end = ++i;
                break;
            }
            else if (count > 0 && StandardNumberText.IsSeparator(c))
            {
                if (count == 8)
                {
                    end8 = end;
                }

                i++;
            }
            else
            {
                break;
            }
        }

        if (count != 8 && end8 >= 0)
        {
            (count, end) = (8, end8);
        }

        var qualifier = StandardNumberText.Qualifier(text[end..]);
        if (count == 0)
        {
            return new Issn(string.Empty, qualifier, StandardNumberStatus.Empty);
        }

        var found = digits[..Math.Min(count, digits.Length)];
        var status = count != 8 ? StandardNumberStatus.WrongLength
            : CheckDigit(found) == found[7] ? StandardNumberStatus.Valid
            : StandardNumberStatus.InvalidCheckDigit;
        return new Issn(found.ToString(), qualifier, status);
    }
}
