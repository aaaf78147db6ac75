using ThuVien.Circulation.Calendar;

namespace ThuVien.Tests.Circulation.Calendar;

public partial class VietnameseLunarCalendarTests
{
    private static readonly VietnameseLunarCalendar Lunar = VietnameseLunarCalendar.Vietnam;

    [Theory]
    // Years where Tết differs from the Chinese New Year because a new moon fell in Hanoi's last hour of the day:
    [InlineData(1968, 1968, 1, 29)] // China 30/1: North Vietnam's first Tết at UTC+7, the eve of the Tết Offensive
    [InlineData(1985, 1985, 1, 21)] // China 20/2: a whole month apart, see the comparison with the Chinese calendar
    [InlineData(2007, 2007, 2, 17)] // China 18/2
    // The National Calendar Department announced in 2006 that Tết comes a day before China's in 2030 and 2053: the
    // new moon of 2030-02-02 falls at 23:08 UTC+7, 00:08 UTC+8. 2030-02-03 is the Chinese date.
    [InlineData(2030, 2030, 2, 2)]
    [InlineData(2053, 2053, 2, 18)]
    // Years where both calendars agree:
    [InlineData(2000, 2000, 2, 5)]
    [InlineData(2001, 2001, 1, 24)]
    [InlineData(2004, 2004, 1, 22)]
    [InlineData(2006, 2006, 1, 29)]
    [InlineData(2008, 2008, 2, 7)]
    [InlineData(2010, 2010, 2, 14)]
    [InlineData(2012, 2012, 1, 23)]
    [InlineData(2015, 2015, 2, 19)]
    [InlineData(2016, 2016, 2, 8)]
    [InlineData(2017, 2017, 1, 28)]
    [InlineData(2018, 2018, 2, 16)]
    [InlineData(2019, 2019, 2, 5)]
    [InlineData(2020, 2020, 1, 25)]
    [InlineData(2021, 2021, 2, 12)]
    [InlineData(2022, 2022, 2, 1)]
    [InlineData(2023, 2023, 1, 22)]
    [InlineData(2024, 2024, 2, 10)]
    [InlineData(2025, 2025, 1, 29)]
    [InlineData(2026, 2026, 2, 17)]
    public void Tet_falls_on_the_day_of_the_official_Vietnamese_calendar(int lunarYear, int year, int month, int day)
    {
        var tet = new DateOnly(year, month, day);
        Assert.Equal(tet, Lunar.ToSolar(new LunarDate(lunarYear, 1, 1)));
        Assert.Equal(new LunarDate(lunarYear, 1, 1), Lunar.ToLunar(tet));
        Assert.Equal(lunarYear - 1, Lunar.ToLunar(tet.AddDays(-1)).Year);
        Assert.Equal(12, Lunar.ToLunar(tet.AddDays(-1)).Month);
    }

    [Theory]
    [InlineData(2024, 2024, 4, 18)]
    [InlineData(2025, 2025, 4, 7)]
    [InlineData(2026, 2026, 4, 26)]
    public void Hung_Kings_day_is_the_tenth_of_the_third_lunar_month(int lunarYear, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Lunar.ToSolar(new LunarDate(lunarYear, 3, 10)));
    }

    [Fact]
    public void The_year_2023_repeats_its_second_month()
    {
        Assert.Equal(2, Lunar.LeapMonth(2023));
        Assert.Equal(new LunarDate(2023, 2, 1), Lunar.ToLunar(new DateOnly(2023, 2, 20)));
        Assert.Equal(new LunarDate(2023, 2, 1, IsLeapMonth: true), Lunar.ToLunar(new DateOnly(2023, 3, 22)));
        Assert.Equal(new LunarDate(2023, 3, 1), Lunar.ToLunar(new DateOnly(2023, 4, 20)));
        Assert.Equal(new DateOnly(2023, 3, 22), Lunar.ToSolar(new LunarDate(2023, 2, 1, IsLeapMonth: true)));
    }

    [Fact]
    public void The_year_2020_repeats_its_fourth_month()
    {
        Assert.Equal(4, Lunar.LeapMonth(2020));
        Assert.Equal(new LunarDate(2020, 4, 1), Lunar.ToLunar(new DateOnly(2020, 4, 23)));
        Assert.Equal(new LunarDate(2020, 4, 1, IsLeapMonth: true), Lunar.ToLunar(new DateOnly(2020, 5, 23)));
        Assert.Equal(new LunarDate(2020, 5, 1), Lunar.ToLunar(new DateOnly(2020, 6, 21)));
    }

    [Fact]
    public void Years_without_a_leap_month_say_so()
    {
        Assert.Equal(0, Lunar.LeapMonth(2024));
        Assert.Equal(0, Lunar.LeapMonth(2026));
        Assert.False(Lunar.TryToSolar(new LunarDate(2024, 2, 1, IsLeapMonth: true), out _));
    }

    [Fact]
    public void A_leap_eleventh_month_belongs_to_the_year_it_follows()
    {
        // 2033 repeats month 11, after the solstice month: the leap month and month 12 are still lunar year 2033.
        Assert.Equal(11, Lunar.LeapMonth(2033));
        var leap = Lunar.ToSolar(new LunarDate(2033, 11, 1, IsLeapMonth: true));
        Assert.Equal(Lunar.ToSolar(new LunarDate(2033, 11, 1)).AddDays(Lunar.DaysInMonth(2033, 11)), leap);
        var twelfth = Lunar.ToSolar(new LunarDate(2033, 12, 1));
        Assert.Equal(leap.AddDays(Lunar.DaysInMonth(2033, 11, isLeapMonth: true)), twelfth);
        Assert.Equal(new LunarDate(2034, 1, 1), Lunar.ToLunar(twelfth.AddDays(Lunar.DaysInMonth(2033, 12))));
    }

    [Fact]
    public void Dates_that_do_not_exist_are_refused()
    {
        var shortMonth = Enumerable.Range(1, 12).First(m => Lunar.DaysInMonth(2026, m) == 29);
        Assert.False(Lunar.TryToSolar(new LunarDate(2026, shortMonth, 30), out _));
        Assert.True(Lunar.TryToSolar(new LunarDate(2026, shortMonth, 29), out _));
        Assert.False(Lunar.TryToSolar(new LunarDate(2026, 13, 1), out _));
        Assert.False(Lunar.TryToSolar(new LunarDate(2026, 0, 1), out _));
        Assert.False(Lunar.TryToSolar(new LunarDate(2026, 1, 0), out _));
        Assert.False(Lunar.TryToSolar(new LunarDate(2026, 1, 31), out _));
        Assert.False(Lunar.TryToSolar(new LunarDate(2300, 1, 1), out _));
        Assert.False(Lunar.TryToSolar(new LunarDate(int.MaxValue, 12, 1), out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Lunar.ToSolar(new LunarDate(2026, shortMonth, 30)));
    }

    [Fact]
    public void Days_outside_the_computed_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Lunar.ToLunar(new DateOnly(1899, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Lunar.ToLunar(new DateOnly(2200, 1, 1)));
        Assert.Equal(new LunarDate(1899, 12, 1), Lunar.ToLunar(VietnameseLunarCalendar.FirstDay));
        var last = Lunar.ToLunar(VietnameseLunarCalendar.LastDay);
        Assert.Equal(VietnameseLunarCalendar.LastDay, Lunar.ToSolar(last));
        Assert.False(Lunar.TryToSolar(last with { Day = last.Day + 1 }, out _));
    }
}
