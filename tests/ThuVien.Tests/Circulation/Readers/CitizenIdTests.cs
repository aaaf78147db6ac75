using ThuVien.Circulation.Readers;

namespace ThuVien.Tests.Circulation.Readers;

public sealed class CitizenIdTests
{
    [Theory]
    [InlineData("001090012345", "1990-05-12")] // Hà Nội, a man born in 1990
    [InlineData("079303001234", "2003-01-31")] // Hồ Chí Minh City, a woman born in 2003
    [InlineData("096185000001", "1985-12-01")] // Cà Mau, a woman born in 1985
    [InlineData("048200123456", null)] // Đà Nẵng, no date of birth to check against
    public void Accepts_well_formed_numbers_that_agree_with_the_date_of_birth(string id, string? born) =>
        Assert.Null(CitizenId.Problem(id, born is null ? null : DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("00109001234", "exactly 12 digits")]
    [InlineData("0010900123456", "exactly 12 digits")]
    [InlineData("00109001234A", "exactly 12 digits")]
    [InlineData("003090012345", "003 is not a province code")] // a gap in the list
    [InlineData("097090012345", "097 is not a province code")] // past Cà Mau
    [InlineData("000090012345", "000 is not a province code")]
    public void Refuses_malformed_numbers_and_says_why(string id, string expected) =>
        Assert.Contains(expected, CitizenId.Problem(id, null), StringComparison.Ordinal);

    [Theory]
    [InlineData("001290012345", "1990-05-12", "born in 2090")] // century digit 2 means the 2000s
    [InlineData("001088012345", "1990-05-12", "born in 1988")]
    public void Refuses_a_number_whose_century_or_year_disagrees_with_the_date_of_birth(string id, string born, string expected) =>
        Assert.Contains(expected, CitizenId.Problem(id, DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture)), StringComparison.Ordinal);
}
