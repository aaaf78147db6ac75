namespace ThuVien.Circulation.Calendar;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch), computed rather than tabulated: months begin on the civil day of the new
/// moon at UTC+7, month 11 holds the winter solstice, and in a span of thirteen months between two solstice months
/// the first month without a major solar term is the leap month (the rules Hồ Ngọc Đức describes, which the
/// official Vietnamese calendar follows since 1968). The Chinese calendar applies the same rules at UTC+8, so the
/// two differ in the years where a new moon or a major term falls between 23:00 and 24:00 Hanoi time.
/// Spans are computed once each, on first use, and kept: the library calendar asks day by day.
/// </summary>
internal sealed class VietnameseLunarCalendar
{
    /// <summary>The first and last solar days converted: the range the astronomical series are checked over.</summary>
    public static readonly DateOnly FirstDay = new(1900, 1, 1);

    public static readonly DateOnly LastDay = new(2199, 12, 31);

    /// <summary>The calendar of Vietnam (UTC+7).</summary>
    public static readonly VietnameseLunarCalendar Vietnam = new(7);

    private readonly double _utcOffsetHours;
    private readonly SolsticeYear?[] _spans = new SolsticeYear?[LastDay.Year - FirstDay.Year + 2];

    private VietnameseLunarCalendar(double utcOffsetHours) => _utcOffsetHours = utcOffsetHours;

    /// <summary>The same rules on another meridian; UTC+8 gives the modern Chinese calendar, for comparison.</summary>
    public static VietnameseLunarCalendar AtUtcOffset(double hours) => new(hours);

    public LunarDate ToLunar(DateOnly day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, FirstDay);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, LastDay);
        var dayNumber = day.DayNumber;
        var span = Span(day.Year);
        if (dayNumber >= span.End)
        {
            span = Span(day.Year + 1);
        }
        var index = span.IndexHolding(dayNumber);
        var (year, month, isLeap) = span.MonthAt(index);
        return new LunarDate(year, month, dayNumber - span.MonthStart(index) + 1, isLeap);
    }

    /// <summary>The solar day of a lunar date; refuses dates that do not exist (a 30th in a 29-day month, a leap
    /// month the year lacks) and dates outside <see cref="FirstDay"/>–<see cref="LastDay"/>.</summary>
    public bool TryToSolar(LunarDate date, out DateOnly day)
    {
        day = default;
        if (date.Day is < 1 or > 30 || !TryFindMonth(date.Year, date.Month, date.IsLeapMonth, out var span, out var index)
            || date.Day > span.MonthLength(index))
        {
            return false;
        }
        var dayNumber = span.MonthStart(index) + date.Day - 1;
        if (dayNumber < FirstDay.DayNumber || dayNumber > LastDay.DayNumber)
        {
            return false;
        }
        day = DateOnly.FromDayNumber(dayNumber);
        return true;
    }

    public DateOnly ToSolar(LunarDate date) => TryToSolar(date, out var day)
        ? day
        : throw new ArgumentOutOfRangeException(nameof(date), date, "No such lunar date between 1900 and 2199.");

    /// <summary>29 or 30; 0 when the year has no such month in range.</summary>
    public int DaysInMonth(int lunarYear, int month, bool isLeapMonth = false) =>
        TryFindMonth(lunarYear, month, isLeapMonth, out var span, out var index) ? span.MonthLength(index) : 0;

    /// <summary>The number of the month the lunar year repeats as a leap month, or 0 in a twelve-month year.</summary>
    public int LeapMonth(int lunarYear)
    {
        for (var month = 1; month <= 12; month++)
        {
            if (TryFindMonth(lunarYear, month, isLeap: true, out _, out _))
            {
                return month;
            }
        }
        return 0;
    }

    private bool TryFindMonth(int lunarYear, int month, bool isLeap, out SolsticeYear span, out int index)
    {
        span = null!;
        index = -1;
        if (month is < 1 or > 12)
        {
            return false;
        }
        // Months 11 and 12 of a lunar year open the span that ends at the next year's solstice month.
        var spanYear = month >= 11 ? (long)lunarYear + 1 : lunarYear;
        if (spanYear < FirstDay.Year || spanYear > LastDay.Year + 1)
        {
            return false;
        }
        span = Span((int)spanYear);
        index = span.IndexOf(month, isLeap);
        return index >= 0;
    }

    /// <summary>The span ending at the winter solstice month of the given year, computed on first use. Two threads
    /// may both compute one; they get equal spans and one is kept.</summary>
    private SolsticeYear Span(int year)
    {
        ref var slot = ref _spans[year - FirstDay.Year];
        var span = Volatile.Read(ref slot);
        if (span is null)
        {
            span = SolsticeYear.Compute(year, _utcOffsetHours);
            span = Interlocked.CompareExchange(ref slot, span, null) ?? span;
        }
        return span;
    }
}
