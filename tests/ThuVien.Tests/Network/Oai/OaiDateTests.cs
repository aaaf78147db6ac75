using ThuVien.Network.Oai;

namespace ThuVien.Tests.Network.Oai;

public sealed class OaiDateTests
{
    [Fact]
    public void A_day_until_reaches_the_last_second_of_that_day()
    {
        Assert.True(OaiDate.TryParse("2026-11-25", out var until));

        Assert.True(until.DayGranularity);
        Assert.Equal(new DateTime(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc), until.ExclusiveEnd);
    }

    [Fact]
    public void A_second_until_reaches_the_end_of_that_second()
    {
        Assert.True(OaiDate.TryParse("2026-11-25T10:20:30Z", out var until));

        Assert.False(until.DayGranularity);
        Assert.Equal(new DateTime(2026, 11, 25, 10, 20, 31, DateTimeKind.Utc), until.ExclusiveEnd);
    }

    [Fact]
    public void The_last_day_there_is_does_not_overflow()
    {
        Assert.True(OaiDate.TryParse("9999-12-31", out var until));

        Assert.Equal(DateTime.MaxValue, until.ExclusiveEnd);
    }

    [Fact]
    public void Datestamps_are_written_in_seconds_without_fractions()
    {
        var at = new DateTime(2026, 11, 25, 10, 20, 30, 999, DateTimeKind.Utc);

        Assert.Equal("2026-11-25T10:20:30Z", OaiDate.Format(at));
    }

    [Fact]
    public void Reads_back_what_it_writes()
    {
        Assert.True(OaiDate.TryParse("2026-11-25T10:20:30Z", out var date));

        Assert.Equal("2026-11-25T10:20:30Z", date.ToString());
    }
}
