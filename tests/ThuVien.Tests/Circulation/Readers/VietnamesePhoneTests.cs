using ThuVien.Circulation.Readers;

namespace ThuVien.Tests.Circulation.Readers;

public sealed class VietnamesePhoneTests
{
    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("0912 345 678", "0912345678")]
    [InlineData("091.234.5678", "0912345678")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("84912345678", "0912345678")]
    [InlineData("(+84) 38-123-4567", "0381234567")]
    [InlineData("0569876543", "0569876543")]
    [InlineData("0701234567", "0701234567")]
    public void Reads_mobile_numbers_as_people_write_them(string text, string national) =>
        Assert.Equal(national, VietnamesePhone.Normalise(text));

    [Theory]
    [InlineData("0243826 1234")] // a Hà Nội landline
    [InlineData("091234567")]
    [InlineData("09123456789")]
    [InlineData("0112345678")]
    [InlineData("09l2345678")]
    [InlineData("+1 912 345 6789")]
    public void Refuses_what_is_no_Vietnamese_mobile_number(string text) =>
        Assert.Null(VietnamesePhone.Normalise(text));
}
