using System.Globalization;
using ThuVien.Circulation.Calendar;

namespace ThuVien.Tests.Circulation.Calendar;

/// <summary>
/// .NET's ChineseLunisolarCalendar is a table of the Chinese calendar (UTC+8) for 1901–2100, made independently of
/// this code. Where the two calendars agree it confirms the astronomy; where they differ, the same rules computed
/// at UTC+8 must give the Chinese date, which shows the difference is the meridian and nothing else.
/// </summary>
public partial class VietnameseLunarCalendarTests
{
    private static readonly ChineseLunisolarCalendar Chinese = new();

    private static readonly VietnameseLunarCalendar RulesAtUtc8 = VietnameseLunarCalendar.AtUtcOffset(8);

    /// <summary>China kept Beijing local mean time (UTC+7:45:40) for its calendar until 1928.</summary>
    private static readonly DateOnly ChinaOnUtc8 = new(1929, 1, 1);

    private static readonly DateOnly EndOfChineseTable = DateOnly.FromDateTime(Chinese.MaxSupportedDateTime);

    [Fact]
    public void Tet_1985_came_a_month_before_the_Chinese_new_year()
    {
        // The solstice month began on 1984-11-23 in Hanoi, on 1984-12-22 in Beijing: China then needed a leap
        // month 10 in 1984 and Vietnam a leap month 2 in 1985, after which the calendars agree again.
        Assert.Equal(new LunarDate(1984, 11, 1), Lunar.ToLunar(new DateOnly(1984, 11, 23)));
        Assert.Equal(new LunarDate(1984, 11, 1), ToChinese(new DateOnly(1984, 12, 22)));
        Assert.Equal(new DateOnly(1985, 1, 21), Lunar.ToSolar(new LunarDate(1985, 1, 1)));
        Assert.Equal(new DateOnly(1985, 2, 20), FromChinese(1985, 1, 1));
        Assert.Equal(2, Lunar.LeapMonth(1985));
        Assert.Equal(11, Chinese.GetLeapMonth(1984)); // the 11th month of the Chinese year 1984 is the leap 10th
        Assert.NotEqual(ToChinese(new DateOnly(1985, 4, 19)), Lunar.ToLunar(new DateOnly(1985, 4, 19)));
        Assert.Equal(ToChinese(new DateOnly(1985, 4, 20)), Lunar.ToLunar(new DateOnly(1985, 4, 20)));
    }

    [Fact]
    public void Tet_agrees_with_the_Chinese_new_year_except_where_a_new_moon_falls_in_Hanoi_s_last_hour()
    {
        var years = Enumerable.Range(1902, 199);
        var differing = years.Where(y => Lunar.ToSolar(new LunarDate(y, 1, 1)) != FromChinese(y, 1, 1)).ToList();
        Assert.Equal([1903, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053], differing);
        Assert.All(differing.Where(y => y >= ChinaOnUtc8.Year), y => Assert.Equal(FromChinese(y, 1, 1), RulesAtUtc8.ToSolar(new LunarDate(y, 1, 1))));
    }

    [Fact]
    public void Every_day_the_calendars_differ_the_same_rules_at_UTC_plus_8_give_the_Chinese_date()
    {
        var differences = new List<DateOnly>();
        for (var day = ChinaOnUtc8; day <= EndOfChineseTable; day = day.AddDays(1))
        {
            var chinese = ToChinese(day);
            if (!InDispute(day))
            {
                Assert.True(chinese == RulesAtUtc8.ToLunar(day), $"{day:yyyy-MM-dd}: China {chinese}, the rules at UTC+8 {RulesAtUtc8.ToLunar(day)}");
            }
            if (Lunar.ToLunar(day) != chinese)
            {
                differences.Add(day);
            }
        }
        Assert.All(differences.Where(day => !InDispute(day)), day => Assert.NotEqual(Lunar.ToLunar(day), RulesAtUtc8.ToLunar(day)));
        // Most years agree throughout; the rest differ by a day at a month's start, or by a month around 1985.
        var years = EndOfChineseTable.Year - ChinaOnUtc8.Year + 1;
        var yearsThatDiffer = differences.Select(day => day.Year).Distinct().Count();
        Assert.InRange(yearsThatDiffer, 10, years / 2);
        Assert.Contains(new DateOnly(2007, 2, 17), differences);
    }

    /// <summary>Two new moons come within 70 seconds of Beijing midnight, inside the error of the truncated series:
    /// 2057-09-28 23:59 and 2097-08-08 00:01 UTC+8 by this code; the Chinese table puts each on the other side.
    /// The month each begins is left out of the comparison.</summary>
    private static bool InDispute(DateOnly day) =>
        (day >= new DateOnly(2057, 9, 28) && day < new DateOnly(2057, 10, 28))
        || (day >= new DateOnly(2097, 8, 7) && day < new DateOnly(2097, 9, 6));

    private static DateOnly FromChinese(int year, int month, int day) =>
        DateOnly.FromDateTime(Chinese.ToDateTime(year, month, day, 0, 0, 0, 0));

    /// <summary>The Chinese date in this code's terms: .NET numbers a leap month as the month after the one it
    /// repeats and every later month one higher.</summary>
    private static LunarDate ToChinese(DateOnly day)
    {
        var time = day.ToDateTime(TimeOnly.MinValue);
        var year = Chinese.GetYear(time);
        var month = Chinese.GetMonth(time);
        var leap = Chinese.GetLeapMonth(year);
        var isLeap = leap > 0 && month == leap;
        return new LunarDate(year, leap > 0 && month >= leap ? month - 1 : month, Chinese.GetDayOfMonth(time), isLeap);
    }
}
