using CsCheck;
using ThuVien.Marc.Identifiers;

namespace ThuVien.Marc.Tests.Identifiers;

public class IssnTests
{
    [Theory]
    [InlineData("1859-0071", "18590071", "")]
    [InlineData("0317-8471 (Print)", "03178471", "Print")]
    [InlineData("ISSN 1000-002x ;", "1000002X", "")]
    [InlineData("03178471", "03178471", "")]
    public void Reads_a_valid_issn_from_022_text(string text, string value, string qualifier)
    {
        Assert.True(Issn.TryParse(text, out var issn), issn.Status.ToString());
        Assert.Equal(value, issn.Value);
        Assert.Equal(qualifier, issn.Qualifier);
    }

    [Theory]
    [InlineData("1859-0072", StandardNumberStatus.InvalidCheckDigit)]
    [InlineData("1859-007", StandardNumberStatus.WrongLength)]
    [InlineData("185900711", StandardNumberStatus.WrongLength)]
    [InlineData("(Online)", StandardNumberStatus.Empty)]
    [InlineData(null, StandardNumberStatus.Empty)]
    public void Reports_an_invalid_issn_with_the_reason(string? text, StandardNumberStatus status)
    {
        Assert.False(Issn.TryParse(text, out var issn));
        Assert.Equal(status, issn.Status);
    }

    [Fact]
    public void An_issn_displays_as_two_groups_of_four()
    {
        Assert.True(Issn.TryParse("18590071", out var issn));
        Assert.Equal("1859-0071", issn.ToString());
    }

    [Fact]
    public void A_computed_check_character_validates_and_every_other_fails()
    {
        Gen.Select(Gen.Char['0', '9'].Array[7].Select(d => new string(d)), Gen.Char["0123456789X"]).Sample((seven, other) =>
        {
            var check = Issn.CheckDigit(seven);
            Assert.True(Issn.TryParse($"{seven[..4]}-{seven[4..]}{check}", out _));
            if (other != check)
            {
                Assert.False(Issn.TryParse(seven + other, out var wrong));
                Assert.Equal(StandardNumberStatus.InvalidCheckDigit, wrong.Status);
            }
        });
    }

    [Fact]
    public void Garbage_never_throws()
    {
        Gen.String.Sample(text =>
        {
            var valid = Issn.TryParse(text, out var issn);
            Assert.Equal(valid, issn.IsValid);
            Assert.True(!valid || issn.Value.Length == 8);
        });
    }
}
