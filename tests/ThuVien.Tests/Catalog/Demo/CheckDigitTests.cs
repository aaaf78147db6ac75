using ThuVien.Catalog.Demo;

namespace ThuVien.Tests.Catalog.Demo;

public class CheckDigitTests
{
    [Theory]
    [InlineData("978026203384", "9780262033848")]
    [InlineData("978604690000", "9786046900009")]
    [InlineData("978207036024", "9782070360246")]
    public void An_ISBN_13_is_completed_with_its_modulus_10_check_digit(string twelve, string isbn)
    {
        Assert.Equal(isbn, Isbn13.Complete(twelve));
    }

    [Theory]
    [InlineData("0317847", "0317-8471")]
    [InlineData("2434561", "2434-561X")]
    [InlineData("0866749", "0866-7497")]
    public void An_ISSN_is_completed_with_its_modulus_11_check_digit_and_X_for_ten(string seven, string issn)
    {
        Assert.Equal(issn, Issn.Complete(seven));
    }

    [Fact]
    public void A_wrong_number_of_digits_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Isbn13.Complete("97860469"));
        Assert.Throws<ArgumentException>(() => Issn.Complete("08667"));
    }
}
