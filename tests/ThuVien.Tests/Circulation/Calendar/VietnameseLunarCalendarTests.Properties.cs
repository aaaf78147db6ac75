using CsCheck;
using ThuVien.Circulation.Calendar;

namespace ThuVien.Tests.Circulation.Calendar;

public partial class VietnameseLunarCalendarTests
{
    private static readonly Gen<DateOnly> AnyDay = Gen.Int[VietnameseLunarCalendar.FirstDay.DayNumber, VietnameseLunarCalendar.LastDay.DayNumber - 1]
        .Select(DateOnly.FromDayNumber);

    [Fact]
    public void A_day_converted_to_lunar_and_back_is_the_same_day()
    {
        AnyDay.Sample(day => Assert.Equal(day, Lunar.ToSolar(Lunar.ToLunar(day))), iter: 20_000);
    }

    [Fact]
    public void The_lunar_day_goes_up_by_one_each_day_except_when_a_month_begins()
    {
        AnyDay.Sample(day => AssertFollows(Lunar.ToLunar(day), Lunar.ToLunar(day.AddDays(1))), iter: 20_000);
    }

    [Fact]
    public void Every_day_from_1900_to_2199_round_trips_and_follows_the_day_before()
    {
        var previous = Lunar.ToLunar(VietnameseLunarCalendar.FirstDay);
        for (var day = VietnameseLunarCalendar.FirstDay.AddDays(1); day <= VietnameseLunarCalendar.LastDay; day = day.AddDays(1))
        {
            var lunar = Lunar.ToLunar(day);
            Assert.Equal(day, Lunar.ToSolar(lunar));
            AssertFollows(previous, lunar);
            previous = lunar;
        }
    }

    [Fact]
    public void Every_lunar_year_has_twelve_months_or_thirteen_with_one_leap_month()
    {
        for (var year = 1900; year < 2199; year++)
        {
            var leap = Lunar.LeapMonth(year);
            var days = Enumerable.Range(1, 12).Sum(m => Lunar.DaysInMonth(year, m)) + (leap > 0 ? Lunar.DaysInMonth(year, leap, isLeapMonth: true) : 0);
            var tet = Lunar.ToSolar(new LunarDate(year, 1, 1));
            Assert.Equal(Lunar.ToSolar(new LunarDate(year + 1, 1, 1)).DayNumber - tet.DayNumber, days);
            Assert.InRange(days, leap > 0 ? 383 : 353, leap > 0 ? 385 : 355);
            // Tết lies between the solstice and the spring equinox: 21 January to 20 February.
            Assert.InRange(tet, new DateOnly(year, 1, 21), new DateOnly(year, 2, 20));
        }
    }

    private static void AssertFollows(LunarDate before, LunarDate after)
    {
        if (after.Day != 1)
        {
            Assert.Equal(before with { Day = before.Day + 1 }, after);
            return;
        }
        Assert.Contains(before.Day, new[] { 29, 30 });
        var leapRepeat = !before.IsLeapMonth && after.IsLeapMonth && after.Month == before.Month && after.Year == before.Year;
        var nextMonth = !after.IsLeapMonth && after.Month == (before.Month % 12) + 1
            && after.Year == (before.Month == 12 ? before.Year + 1 : before.Year);
        Assert.True(leapRepeat || nextMonth, $"{after} does not follow {before}");
    }
}
