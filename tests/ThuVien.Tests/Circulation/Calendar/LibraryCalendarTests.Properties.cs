using CsCheck;
using ThuVien.Circulation.Calendar;

namespace ThuVien.Tests.Circulation.Calendar;

public partial class LibraryCalendarTests
{
    private static readonly Gen<DateOnly> Day2000To2100 =
        Gen.Int[new DateOnly(2000, 1, 1).DayNumber, new DateOnly(2100, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    /// <summary>Calendars with some weekdays closed (never all) and a few ad hoc closures of up to a month.</summary>
    private static readonly Gen<LibraryCalendar> AnyCalendar = Gen.Select(
        Gen.Int[1, 127],
        Gen.Select(Day2000To2100, Gen.Int[0, 30]).Array[0, 6],
        (openDays, closures) => new LibraryCalendar(LibraryCalendarSettings.Default with
        {
            OpeningHours = [.. Enum.GetValues<DayOfWeek>().Where(d => (openDays & (1 << (int)d)) != 0)
                .Select(d => new OpeningPeriod(d, new TimeOnly(8, 0), new TimeOnly(17, 0)))],
            Closures = [.. closures.Select(c => new AdHocClosure(c.Item1, c.Item1.AddDays(c.Item2), "Kiểm kê kho"))],
        }));

    [Fact]
    public void A_due_date_is_an_open_day_no_earlier_than_the_loan_period_and_with_only_closed_days_before_it()
    {
        Gen.Select(AnyCalendar, Day2000To2100, Gen.Int[0, 120]).Sample((calendar, loanDay, loanDays) =>
        {
            var due = calendar.DueDate(loanDay, loanDays);
            var end = loanDay.AddDays(loanDays);
            Assert.True(calendar.IsOpen(due));
            Assert.True(due >= end);
            Assert.Equal(0, calendar.OpenDaysBetween(end.AddDays(-1), due.AddDays(-1)));
        }, iter: 300);
    }

    [Fact]
    public void Open_days_add_up_over_adjacent_ranges()
    {
        Gen.Select(AnyCalendar, Day2000To2100, Gen.Int[0, 800], Gen.Int[0, 800]).Sample((calendar, first, a, b) =>
        {
            var middle = first.AddDays(a);
            var last = middle.AddDays(b);
            Assert.Equal(calendar.OpenDaysBetween(first, last), calendar.OpenDaysBetween(first, middle) + calendar.OpenDaysBetween(middle, last));
        }, iter: 300);
    }

    [Fact]
    public void Open_days_counted_over_a_range_are_the_open_days_in_it()
    {
        Gen.Select(AnyCalendar, Day2000To2100, Gen.Int[0, 400]).Sample((calendar, from, length) =>
        {
            var to = from.AddDays(length);
            var counted = Enumerable.Range(1, length).Count(i => calendar.IsOpen(from.AddDays(i)));
            Assert.Equal(counted, calendar.OpenDaysBetween(from, to));
        }, iter: 200);
    }

    [Fact]
    public void A_closed_day_always_has_a_reason_and_an_open_day_none()
    {
        Gen.Select(AnyCalendar, Day2000To2100).Sample((calendar, day) =>
            Assert.Equal(calendar.IsOpen(day), calendar.WhyClosed(day) is null), iter: 300);
    }
}
