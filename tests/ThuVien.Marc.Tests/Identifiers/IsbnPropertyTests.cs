using CsCheck;
using ThuVien.Marc.Identifiers;

namespace ThuVien.Marc.Tests.Identifiers;

public class IsbnPropertyTests
{
    private static readonly Gen<string> NineDigits = Gen.Char['0', '9'].Array[9].Select(d => new string(d));

    private static readonly Gen<string> ValidIsbn10 = NineDigits.Select(d => d + Isbn.CheckDigit10(d));

    [Fact]
    public void Every_valid_isbn_10_round_trips_through_its_isbn_13()
    {
        ValidIsbn10.Sample(ten =>
        {
            Assert.True(Isbn.TryParse(ten, out var isbn), ten);
            Assert.True(Isbn.TryParse(isbn.Isbn13, out var thirteen), isbn.Isbn13);
            Assert.StartsWith("978", thirteen.Value, StringComparison.Ordinal);
            Assert.Equal(ten, thirteen.Isbn10);
            Assert.Equal(isbn, thirteen);
        });
    }

    [Fact]
    public void A_computed_isbn_10_check_digit_validates_and_every_other_digit_fails()
    {
        Gen.Select(NineDigits, Gen.Char["0123456789X"]).Sample((nine, other) =>
        {
            var check = Isbn.CheckDigit10(nine);
            Assert.True(Isbn.TryParse(nine + check, out _));
            if (other != check)
            {
                Assert.False(Isbn.TryParse(nine + other, out var wrong));
                Assert.Equal(StandardNumberStatus.InvalidCheckDigit, wrong.Status);
            }
        });
    }

    [Fact]
    public void A_computed_isbn_13_check_digit_validates_and_every_other_digit_fails()
    {
        var twelve = Gen.Select(Gen.OneOf("978", "979"), Gen.Char['0', '9'].Array[9]).Select((p, d) => p + new string(d));
        Gen.Select(twelve, Gen.Char['0', '9']).Sample((digits, other) =>
        {
            var check = Isbn.CheckDigit13(digits);
            Assert.True(Isbn.TryParse(digits + check, out _));
            if (other != check)
            {
                Assert.False(Isbn.TryParse(digits + other, out var wrong));
                Assert.Equal(StandardNumberStatus.InvalidCheckDigit, wrong.Status);
            }
        });
    }

    [Fact]
    public void Hyphens_spaces_and_a_qualifier_do_not_change_the_number()
    {
        Gen.Select(ValidIsbn10, Gen.Int[1, 8], Gen.OneOf(" (pbk.)", " :", " (bìa mềm) ;", "")).Sample((ten, cut, tail) =>
        {
            var text = $"{ten[..cut]}-{ten[cut..]}{tail}";
            Assert.True(Isbn.TryParse(text, out var isbn), text);
            Assert.Equal(ten, isbn.Value);
        });
    }

    [Fact]
    public void Garbage_never_throws_and_yields_a_consistent_result()
    {
        var garbage = Gen.Char["0123456789Xx- ():;/.ISBNabc\u00a0ệ"].Array[0, 40].Select(c => new string(c));
        Gen.OneOf(garbage, Gen.String).Sample(text =>
        {
            var valid = Isbn.TryParse(text, out var isbn);
            Assert.Equal(valid, isbn.IsValid);
            Assert.Equal(valid, isbn.Isbn13 is not null);
            if (valid)
            {
                Assert.True(isbn.Value.Length is 10 or 13);
            }
        });
    }
}
