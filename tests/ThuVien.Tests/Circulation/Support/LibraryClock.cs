using ThuVien.Circulation.Calendar;

namespace ThuVien.Tests.Circulation.Support;

/// <summary>The desk's clock in a scenario: stopped at a library-time moment and moved only by the test.</summary>
internal sealed class LibraryClock(DateOnly day, int hour = 9) : TimeProvider
{
    private DateTimeOffset _now = At(day, hour);

    public DateOnly Today => LibraryTime.Today(this);

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves to <paramref name="hour"/> o'clock, library time (UTC+7), on <paramref name="next"/>.</summary>
    public void GoTo(DateOnly next, int hour = 9) => _now = At(next, hour);

    public void Advance(int days) => _now = _now.AddDays(days);

    private static DateTimeOffset At(DateOnly day, int hour) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), LibraryTime.UtcOffset).ToUniversalTime();
}
