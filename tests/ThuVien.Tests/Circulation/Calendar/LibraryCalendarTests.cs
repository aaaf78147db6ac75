using ThuVien.Circulation.Calendar;

namespace ThuVien.Tests.Circulation.Calendar;

/// <summary>A provincial library open Monday to Saturday, 7:30–11:30 and 13:30–17:00, with the public holidays.</summary>
public partial class LibraryCalendarTests
{
    private static readonly LibraryCalendar ProvincialLibrary = new(LibraryCalendarSettings.Default);

    private static readonly DateOnly TetBinhNgo = new(2026, 2, 17); // 1/1 Bính Ngọ, a Tuesday
    private static readonly DateOnly LastDayOfAtTy = new(2026, 2, 16); // giao thừa
    private static readonly DateOnly FourthOfTet = new(2026, 2, 20);
    private static readonly DateOnly HungKingsDay2026 = new(2026, 4, 26); // 10/3 lunar, a Sunday
    private static readonly DateOnly SundayInMarch = new(2026, 3, 22);
    private static readonly DateOnly MondayInMarch = new(2026, 3, 23);

    [Fact]
    public void A_loan_ending_during_Tet_is_due_on_the_first_open_day_after_Tet()
    {
        var loanDay = new DateOnly(2026, 2, 2);
        Assert.Equal(LastDayOfAtTy, loanDay.AddDays(14));
        var due = ProvincialLibrary.DueDate(loanDay, 14);
        Assert.Equal(FourthOfTet.AddDays(1), due);
        Assert.Equal(DayOfWeek.Saturday, due.DayOfWeek);
    }

    [Fact]
    public void A_loan_ending_on_a_Sunday_is_due_on_Monday()
    {
        Assert.Equal(MondayInMarch, ProvincialLibrary.DueDate(SundayInMarch.AddDays(-10), 10));
        Assert.Equal("Chủ nhật", ProvincialLibrary.WhyClosed(SundayInMarch));
    }

    [Fact]
    public void A_loan_ending_on_an_open_day_is_due_that_day()
    {
        Assert.Equal(MondayInMarch, ProvincialLibrary.DueDate(MondayInMarch.AddDays(-14), 14));
        Assert.Equal(MondayInMarch, ProvincialLibrary.DueDate(MondayInMarch, 0));
    }

    [Fact]
    public void A_flood_closure_moves_the_due_date_past_it()
    {
        var flooded = new LibraryCalendar(LibraryCalendarSettings.Default with
        {
            Closures = [new AdHocClosure(new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 9), "Lũ lụt")],
        });
        var loanDay = new DateOnly(2026, 9, 21);
        Assert.Equal(new DateOnly(2026, 10, 5), ProvincialLibrary.DueDate(loanDay, 14));
        Assert.Equal(new DateOnly(2026, 10, 10), flooded.DueDate(loanDay, 14));
        Assert.Equal("Lũ lụt", flooded.WhyClosed(new DateOnly(2026, 10, 7)));
        Assert.True(flooded.IsOpen(new DateOnly(2026, 10, 10)));
    }

    [Fact]
    public void Fines_accrue_only_on_the_open_days_between_due_date_and_return()
    {
        // Due Friday 24 April, back Monday 4 May: Sunday 26/4 (also Giỗ Tổ), 30/4, 1/5 and Sunday 3/5 are closed.
        var due = new DateOnly(2026, 4, 24);
        var returned = new DateOnly(2026, 5, 4);
        Assert.Equal(6, ProvincialLibrary.OpenDaysBetween(due, returned));
        Assert.Equal(0, ProvincialLibrary.OpenDaysBetween(due, due));
        Assert.Equal(0, ProvincialLibrary.OpenDaysBetween(returned, due));
        Assert.Equal(0, ProvincialLibrary.OpenDaysBetween(LastDayOfAtTy.AddDays(-1), FourthOfTet)); // the five days of Tết
    }

    [Fact]
    public void The_holidays_of_2026_are_the_eleven_days_of_the_Labour_Code()
    {
        ClosedDay[] expected =
        [
            new(new DateOnly(2026, 1, 1), "Tết Dương lịch"),
            new(new DateOnly(2026, 2, 16), "Tết Nguyên Đán"),
            new(new DateOnly(2026, 2, 17), "Tết Nguyên Đán"),
            new(new DateOnly(2026, 2, 18), "Tết Nguyên Đán"),
            new(new DateOnly(2026, 2, 19), "Tết Nguyên Đán"),
            new(new DateOnly(2026, 2, 20), "Tết Nguyên Đán"),
            new(new DateOnly(2026, 4, 26), "Giỗ Tổ Hùng Vương"),
            new(new DateOnly(2026, 4, 30), "Ngày Chiến thắng"),
            new(new DateOnly(2026, 5, 1), "Ngày Quốc tế Lao động"),
            new(new DateOnly(2026, 9, 1), "Quốc khánh"),
            new(new DateOnly(2026, 9, 2), "Quốc khánh"),
        ];
        Assert.Equal(expected, ProvincialLibrary.HolidaysIn(2026));
    }

    [Fact]
    public void The_closed_days_around_Tet_are_listed_with_their_reasons()
    {
        ClosedDay[] expected =
        [
            new(new DateOnly(2026, 2, 15), "Chủ nhật"),
            .. Enumerable.Range(0, 5).Select(i => new ClosedDay(LastDayOfAtTy.AddDays(i), "Tết Nguyên Đán")),
            new(new DateOnly(2026, 2, 22), "Chủ nhật"),
        ];
        Assert.Equal(expected, ProvincialLibrary.ClosedDaysBetween(new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 23)));
    }

    [Fact]
    public void A_holiday_on_a_closed_weekday_is_shown_as_the_holiday()
    {
        Assert.Equal(DayOfWeek.Sunday, HungKingsDay2026.DayOfWeek);
        Assert.Equal("Giỗ Tổ Hùng Vương", ProvincialLibrary.WhyClosed(HungKingsDay2026));
        Assert.Equal("Tết Nguyên Đán", ProvincialLibrary.WhyClosed(TetBinhNgo));
        Assert.Null(ProvincialLibrary.WhyClosed(MondayInMarch));
    }

    [Fact]
    public void The_next_open_day_is_the_day_itself_when_open()
    {
        Assert.Equal(MondayInMarch, ProvincialLibrary.NextOpenDay(MondayInMarch));
        Assert.Equal(MondayInMarch, ProvincialLibrary.NextOpenDay(SundayInMarch));
        Assert.Equal(new DateOnly(2026, 2, 21), ProvincialLibrary.NextOpenDay(new DateOnly(2026, 2, 15)));
    }

    [Fact]
    public void Opening_hours_have_a_lunch_break_and_close_at_the_closing_time()
    {
        var monday = MondayInMarch.ToDateTime(TimeOnly.MinValue);
        Assert.False(ProvincialLibrary.IsOpenAt(monday.AddHours(7)));
        Assert.True(ProvincialLibrary.IsOpenAt(monday.AddHours(7.5)));
        Assert.False(ProvincialLibrary.IsOpenAt(monday.AddHours(12)));
        Assert.True(ProvincialLibrary.IsOpenAt(monday.AddHours(16.99)));
        Assert.False(ProvincialLibrary.IsOpenAt(monday.AddHours(17)));
        Assert.False(ProvincialLibrary.IsOpenAt(SundayInMarch.ToDateTime(new TimeOnly(9, 0))));
        Assert.False(ProvincialLibrary.IsOpenAt(TetBinhNgo.ToDateTime(new TimeOnly(9, 0))));
        Assert.Empty(ProvincialLibrary.HoursOn(TetBinhNgo));
        Assert.Equal(2, ProvincialLibrary.HoursOn(MondayInMarch).Count);
    }

    [Fact]
    public void A_moment_is_read_on_the_library_s_clock_at_UTC_plus_7()
    {
        // 01:00 UTC on Monday is 08:00 in Hanoi; 18:30 UTC on Sunday is already 01:30 on Monday.
        var mondayMorning = new DateTimeOffset(2026, 3, 23, 1, 0, 0, TimeSpan.Zero);
        Assert.True(ProvincialLibrary.IsOpenAt(mondayMorning));
        Assert.True(ProvincialLibrary.IsOpenAt(mondayMorning.UtcDateTime));
        Assert.False(ProvincialLibrary.IsOpenAt(mondayMorning.ToOffset(TimeSpan.FromHours(1)).DateTime)); // 02:00 read as library time
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 22, 18, 30, 0, TimeSpan.Zero));
        Assert.Equal(MondayInMarch, LibraryTime.Today(clock));
        Assert.False(ProvincialLibrary.IsOpenAt(clock.GetUtcNow()));
    }

    [Fact]
    public void Holidays_the_library_adds_close_it_under_their_own_names()
    {
        var schoolLibrary = new LibraryCalendar(LibraryCalendarSettings.Default with
        {
            SolarHolidays = [.. VietnamesePublicHolidays.Solar, new SolarHoliday(11, 20, "Ngày Nhà giáo Việt Nam")],
            LunarHolidays = [.. VietnamesePublicHolidays.Lunar, new LunarHoliday(8, 15, "Tết Trung thu")],
        });
        Assert.Equal("Ngày Nhà giáo Việt Nam", schoolLibrary.WhyClosed(new DateOnly(2026, 11, 20)));
        var midAutumn = VietnameseLunarCalendar.Vietnam.ToSolar(new LunarDate(2026, 8, 15));
        Assert.Equal("Tết Trung thu", schoolLibrary.WhyClosed(midAutumn));
        Assert.True(ProvincialLibrary.IsOpen(new DateOnly(2026, 11, 20)));
        Assert.Equal(13, schoolLibrary.HolidaysIn(2026).Count);
    }

    [Fact]
    public void A_holiday_on_the_thirtieth_of_a_29_day_month_falls_on_the_29th()
    {
        var lunar = VietnameseLunarCalendar.Vietnam;
        var shortYear = Enumerable.Range(2020, 20).First(y => lunar.DaysInMonth(y, 12) == 29);
        var calendar = new LibraryCalendar(LibraryCalendarSettings.Default with
        {
            LunarHolidays = [new LunarHoliday(12, 30, "Tất niên")],
        });
        var eve = lunar.ToSolar(new LunarDate(shortYear + 1, 1, 1)).AddDays(-1);
        Assert.Equal(new LunarDate(shortYear, 12, 29), lunar.ToLunar(eve));
        Assert.Equal("Tất niên", calendar.WhyClosed(eve));
    }

    [Fact]
    public void Checking_a_day_allocates_nothing()
    {
        var days = Enumerable.Range(0, 366).Select(i => new DateOnly(2026, 1, 1).AddDays(i)).ToArray();
        var expected = days.Count(ProvincialLibrary.IsOpen);
        var counted = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 100; round++)
        {
            foreach (var day in days)
            {
                counted += ProvincialLibrary.IsOpen(day) ? 1 : 0;
            }
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(100 * expected, counted);
    }
}
