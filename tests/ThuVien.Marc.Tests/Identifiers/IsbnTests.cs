using ThuVien.Marc.Identifiers;

namespace ThuVien.Marc.Tests.Identifiers;

public class IsbnTests
{
    [Theory]
    [InlineData("0-19-852663-6 :", "0198526636", "")]
    [InlineData("0198526636 (pbk.)", "0198526636", "pbk.")]
    [InlineData("978-604-1-01234-9 (bìa mềm)", "9786041012349", "bìa mềm")]
    [InlineData("9786041012349", "9786041012349", "")]
    [InlineData("080442957x", "080442957X", "")]
    [InlineData("ISBN 978-0-19-852663-6", "9780198526636", "")]
    [InlineData("ISBN-10: 0-19-852663-6", "0198526636", "")]
    [InlineData("  0 19 852663 6 (v. 1 : alk. paper) ;", "0198526636", "v. 1 : alk. paper")]
    [InlineData("0198526636 2 v.", "0198526636", "2 v.")]
    [InlineData("978-0-123456-47-2", "9780123456472", "")]
    public void Reads_a_valid_isbn_and_its_qualifier_from_020_text(string text, string value, string qualifier)
    {
        Assert.True(Isbn.TryParse(text, out var isbn), isbn.Status.ToString());
        Assert.Equal(StandardNumberStatus.Valid, isbn.Status);
        Assert.Equal(value, isbn.Value);
        Assert.Equal(qualifier, isbn.Qualifier);
    }

    [Theory]
    [InlineData("978-604-1-01234-5 (bìa mềm)", "9786041012345", StandardNumberStatus.InvalidCheckDigit)]
    [InlineData("604123456X", "604123456X", StandardNumberStatus.InvalidCheckDigit)]
    [InlineData("0-19-852663-7", "0198526637", StandardNumberStatus.InvalidCheckDigit)]
    [InlineData("12345", "12345", StandardNumberStatus.WrongLength)]
    [InlineData("97801985266361", "97801985266361", StandardNumberStatus.WrongLength)]
    [InlineData("9770198526630", "9770198526630", StandardNumberStatus.InvalidPrefix)]
    [InlineData("(pbk.)", "", StandardNumberStatus.Empty)]
    [InlineData("", "", StandardNumberStatus.Empty)]
    [InlineData(null, "", StandardNumberStatus.Empty)]
    public void Reports_an_invalid_isbn_with_the_reason(string? text, string value, StandardNumberStatus status)
    {
        Assert.False(Isbn.TryParse(text, out var isbn));
        Assert.Equal(status, isbn.Status);
        Assert.Equal(value, isbn.Value);
        Assert.Null(isbn.Isbn10);
        Assert.Null(isbn.Isbn13);
    }

    [Fact]
    public void An_isbn_10_gives_its_isbn_13_form_with_a_new_check_digit()
    {
        Assert.True(Isbn.TryParse("0-19-852663-6", out var isbn));
        Assert.Equal("0198526636", isbn.Isbn10);
        Assert.Equal("9780198526636", isbn.Isbn13);
    }

    [Fact]
    public void An_isbn_10_ending_in_x_converts_to_13_and_back()
    {
        Assert.True(Isbn.TryParse("0-8044-2957-X", out var isbn));
        Assert.Equal("9780804429573", isbn.Isbn13);
        Assert.True(Isbn.TryParse(isbn.Isbn13, out var thirteen));
        Assert.Equal("080442957X", thirteen.Isbn10);
    }

    [Fact]
    public void An_isbn_13_with_prefix_979_has_no_ten_digit_form()
    {
        Assert.True(Isbn.TryParse("979-10-123456-7-8", out var isbn));
        Assert.Equal("9791012345678", isbn.Isbn13);
        Assert.Null(isbn.Isbn10);
    }

    [Fact]
    public void The_ten_and_thirteen_digit_forms_of_one_book_are_equal()
    {
        Assert.True(Isbn.TryParse("0198526636 (pbk.)", out var ten));
        Assert.True(Isbn.TryParse("978-0-19-852663-6", out var thirteen));
        Assert.Equal(ten, thirteen);
        Assert.Equal(ten.GetHashCode(), thirteen.GetHashCode());
        Assert.NotEqual(ten.ToString(), thirteen.ToString());
    }

    [Fact]
    public void An_rda_qualifier_from_020_q_replaces_an_empty_one()
    {
        Assert.True(Isbn.TryParse("9786041012349", out var isbn));
        Assert.Equal("bìa cứng", isbn.WithQualifier("(bìa cứng) ;").Qualifier);
        Assert.True(isbn.WithQualifier("x").IsValid);
    }

    [Fact]
    public void The_default_isbn_is_empty_and_not_valid()
    {
        var isbn = default(Isbn);
        Assert.Equal(StandardNumberStatus.Empty, isbn.Status);
        Assert.False(isbn.IsValid);
        Assert.Equal(string.Empty, isbn.Value);
        Assert.Equal(string.Empty, isbn.Qualifier);
    }
}
