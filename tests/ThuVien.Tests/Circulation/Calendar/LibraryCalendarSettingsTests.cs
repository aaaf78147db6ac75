using ThuVien.Circulation.Calendar;

namespace ThuVien.Tests.Circulation.Calendar;

public class LibraryCalendarSettingsTests
{
    private static readonly LibraryCalendarSettings Valid = LibraryCalendarSettings.Default;

    [Fact]
    public void The_default_settings_have_no_problems()
    {
        Assert.Empty(Valid.Validate());
    }

    [Fact]
    public void A_library_that_never_opens_is_refused_before_any_due_date_is_sought()
    {
        var never = Valid with { OpeningHours = [] };
        var problem = Assert.Single(never.Validate());
        Assert.Equal("OpeningHours", problem.Field);
        var refused = Assert.Throws<ArgumentException>(() => new LibraryCalendar(never));
        Assert.Contains("OpeningHours", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closure_longer_than_the_search_gives_up_with_a_clear_failure_instead_of_looping()
    {
        var renovation = new LibraryCalendar(Valid with
        {
            Closures = [new AdHocClosure(new DateOnly(2026, 1, 1), new DateOnly(2030, 12, 31), "Sửa chữa trụ sở")],
        });
        Assert.False(renovation.TryNextOpenDay(new DateOnly(2026, 6, 1), out _));
        var failure = Assert.Throws<InvalidOperationException>(() => renovation.DueDate(new DateOnly(2026, 6, 1), 14));
        Assert.Contains("no open day", failure.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2031, 1, 2), renovation.NextOpenDay(new DateOnly(2030, 6, 1))); // 1/1 is a holiday
    }

    [Fact]
    public void The_search_for_an_open_day_stops_at_the_end_of_the_calendar()
    {
        var closedToTheEnd = new LibraryCalendar(Valid with
        {
            Closures = [new AdHocClosure(new DateOnly(2199, 6, 1), LibraryCalendar.LastDay, "Đóng cửa")],
        });
        Assert.False(closedToTheEnd.TryNextOpenDay(new DateOnly(2199, 7, 1), out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => closedToTheEnd.DueDate(new DateOnly(2199, 12, 1), 60));
    }

    [Fact]
    public void Each_problem_names_its_field()
    {
        var settings = new LibraryCalendarSettings
        {
            OpeningHours =
            [
                new(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(12, 0)),
                new(DayOfWeek.Monday, new TimeOnly(11, 0), new TimeOnly(17, 0)),
                new(DayOfWeek.Tuesday, new TimeOnly(17, 0), new TimeOnly(8, 0)),
                new((DayOfWeek)9, new TimeOnly(8, 0), new TimeOnly(9, 0)),
            ],
            SolarHolidays = [new(4, 31, "Không có"), new(13, 1, "Tháng mười ba"), new(2, 29, " ")],
            LunarHolidays = [new(1, 31, "Tết"), new(0, 1, "x"), new(1, 1, "Tết", DaysBefore: -1, DaysAfter: 11)],
            Closures =
            [
                new(new DateOnly(2026, 10, 9), new DateOnly(2026, 10, 5), "Lũ lụt"),
                new(new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 9), ""),
                new(new DateOnly(1890, 1, 1), new DateOnly(1890, 1, 2), "Quá sớm"),
            ],
        };
        Assert.Equal(
        [
            "OpeningHours[1]", "OpeningHours[2].Closes", "OpeningHours[3].Day",
            "SolarHolidays[0].Day", "SolarHolidays[1].Month", "SolarHolidays[2].Name",
            "LunarHolidays[0].Day", "LunarHolidays[1].Month", "LunarHolidays[2].DaysBefore", "LunarHolidays[2].DaysAfter",
            "Closures[0].Last", "Closures[1].Reason", "Closures[2].First",
        ], settings.Validate().Select(p => p.Field));
        Assert.Throws<ArgumentException>(() => new LibraryCalendar(settings));
    }

    [Fact]
    public void Missing_lists_and_entries_are_problems_not_crashes()
    {
        var settings = Valid with { SolarHolidays = null!, Closures = [null!] };
        Assert.Equal(["SolarHolidays", "Closures[0]"], settings.Validate().Select(p => p.Field));
    }

    [Fact]
    public void A_29_February_holiday_falls_only_in_leap_years()
    {
        var calendar = new LibraryCalendar(Valid with { SolarHolidays = [new(2, 29, "Ngày nhuận")], LunarHolidays = [] });
        Assert.Equal("Ngày nhuận", calendar.WhyClosed(new DateOnly(2028, 2, 29)));
        Assert.Empty(calendar.HolidaysIn(2027));
    }

    [Fact]
    public void The_calendar_keeps_no_link_to_lists_changed_after_it_was_built()
    {
        var closures = new List<AdHocClosure>();
        var calendar = new LibraryCalendar(Valid with { Closures = closures });
        closures.Add(new AdHocClosure(new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 23), "Mất điện"));
        Assert.True(calendar.IsOpen(new DateOnly(2026, 3, 23)));
    }
}
