namespace ThuVien.Circulation.Calendar;

/// <summary>
/// When the library is open, built once from its settings and never changed (new settings make a new calendar).
/// Due dates never fall on a closed day and fines count only open days. Days are library days (UTC+7, see
/// <see cref="LibraryTime"/>) from <see cref="FirstDay"/> to <see cref="LastDay"/>, the range the lunar holidays are
/// computed for; a day outside it is a programming error and throws.
/// </summary>
internal sealed class LibraryCalendar
{
    public static readonly DateOnly FirstDay = VietnameseLunarCalendar.FirstDay;

    public static readonly DateOnly LastDay = VietnameseLunarCalendar.LastDay;

    /// <summary>How far <see cref="NextOpenDay"/> looks before it gives up: three years, longer than any closure for
    /// renovation a library would still lend through.</summary>
    public const int MaxClosedRun = 3 * 366;

    private readonly ClosingRules _rules;
    private readonly OpeningPeriod[][] _hours;
    private readonly ClosedDayTable?[] _years = new ClosedDayTable?[LastDay.Year - FirstDay.Year + 1];

    /// <exception cref="ArgumentException">The settings have problems: <see cref="LibraryCalendarSettings.Validate"/>
    /// says which, and is what to call on settings a person entered.</exception>
    public LibraryCalendar(LibraryCalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "The calendar settings have problems: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")), nameof(settings));
        }
        Settings = settings;
        _rules = new ClosingRules(settings);
        _hours = [.. Enum.GetValues<DayOfWeek>().Select(day => settings.OpeningHours.Where(p => p.Day == day).OrderBy(p => p.Opens).ToArray())];
    }

    public LibraryCalendarSettings Settings { get; }

    public bool IsOpen(DateOnly day) => Year(day).IsOpen(day.DayOfYear);

    /// <summary>Why the library is closed on the day, for display ("Tết Nguyên Đán", "Chủ nhật", a closure's
    /// reason), or null when it is open.</summary>
    public string? WhyClosed(DateOnly day) => _rules.Reason(Year(day).ReasonCode(day.DayOfYear));

    /// <summary>The day itself when the library opens on it, else the first open day after it.</summary>
    /// <exception cref="InvalidOperationException">No open day within <see cref="MaxClosedRun"/> days.</exception>
    public DateOnly NextOpenDay(DateOnly day) => TryNextOpenDay(day, out var open)
        ? open
        : throw new InvalidOperationException(
            $"The library calendar has no open day from {day:yyyy-MM-dd} through the next {MaxClosedRun} days (or up to {LastDay:yyyy-MM-dd}): check its opening hours, holidays and closures.");

    /// <summary>As <see cref="NextOpenDay"/>, with false instead of an exception when the search gives up.</summary>
    public bool TryNextOpenDay(DateOnly day, out DateOnly open)
    {
        var limit = Math.Min(day.DayNumber + MaxClosedRun, LastDay.DayNumber);
        for (var candidate = day; candidate.DayNumber <= limit; candidate = candidate.AddDays(1))
        {
            if (IsOpen(candidate))
            {
                open = candidate;
                return true;
            }
        }
        open = default;
        return false;
    }

    /// <summary>The loan period in calendar days from the day of the loan, moved on to the first open day.</summary>
    public DateOnly DueDate(DateOnly loanDay, int loanDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(loanDays);
        InRange(loanDay);
        if (loanDay.DayNumber + (long)loanDays > LastDay.DayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(loanDays), loanDays, $"The loan would end after {LastDay:yyyy-MM-dd}.");
        }
        return NextOpenDay(loanDay.AddDays(loanDays));
    }

    /// <summary>Open days after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/>
    /// (0 when the second is not later): the days a fine accrues between a due date and a return.</summary>
    public int OpenDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        InRange(fromExclusive);
        InRange(toInclusive);
        var count = 0;
        for (var year = fromExclusive.Year; year <= toInclusive.Year && fromExclusive < toInclusive; year++)
        {
            var table = Year(year);
            var before = year == fromExclusive.Year ? fromExclusive.DayOfYear : 0;
            var through = year == toInclusive.Year ? toInclusive.DayOfYear : table.DayCount;
            count += table.OpenDaysIn(through) - table.OpenDaysIn(before);
        }
        return count;
    }

    /// <summary>Whether the library is open at a moment of library time; see <see cref="LibraryTime.Local(DateTime)"/>
    /// for how a UTC or host-zone time is taken.</summary>
    public bool IsOpenAt(DateTime localTime)
    {
        var local = LibraryTime.Local(localTime);
        var day = DateOnly.FromDateTime(local);
        if (!IsOpen(day))
        {
            return false;
        }
        var time = TimeOnly.FromDateTime(local);
        foreach (var period in _hours[(int)day.DayOfWeek])
        {
            if (period.Contains(time))
            {
                return true;
            }
        }
        return false;
    }

    public bool IsOpenAt(DateTimeOffset moment) => IsOpenAt(LibraryTime.Local(moment));

    /// <summary>The opening hours of a day: none when it is closed.</summary>
    public IReadOnlyList<OpeningPeriod> HoursOn(DateOnly day) => IsOpen(day) ? _hours[(int)day.DayOfWeek] : [];

    /// <summary>The holidays of a solar year, day by day, with their names; closed weekdays and ad hoc closures
    /// are not holidays.</summary>
    public IReadOnlyList<ClosedDay> HolidaysIn(int year) => ClosedDays(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
        .Where(day => day.IsHoliday).Select(day => new ClosedDay(day.Day, day.Reason)).ToList();

    /// <summary>Every closed day from <paramref name="first"/> to <paramref name="last"/> with its reason.</summary>
    public IReadOnlyList<ClosedDay> ClosedDaysBetween(DateOnly first, DateOnly last) =>
        ClosedDays(first, last).Select(day => new ClosedDay(day.Day, day.Reason)).ToList();

    private IEnumerable<(DateOnly Day, string Reason, bool IsHoliday)> ClosedDays(DateOnly first, DateOnly last)
    {
        InRange(first);
        InRange(last);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var code = Year(day).ReasonCode(day.DayOfYear);
            if (code != 0)
            {
                yield return (day, _rules.Reason(code)!, code <= _rules.LastHolidayCode);
            }
        }
    }

    private ClosedDayTable Year(DateOnly day)
    {
        InRange(day);
        return Year(day.Year);
    }

    /// <summary>The year's table, worked out on first use; two threads may both work one out, and one is kept.</summary>
    private ClosedDayTable Year(int year)
    {
        ref var slot = ref _years[year - FirstDay.Year];
        var table = Volatile.Read(ref slot);
        if (table is null)
        {
            table = _rules.Year(year);
            table = Interlocked.CompareExchange(ref slot, table, null) ?? table;
        }
        return table;
    }

    private static void InRange(DateOnly day, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(day))] string? name = null)
    {
        if (day < FirstDay || day > LastDay)
        {
            throw new ArgumentOutOfRangeException(name, day, $"The library calendar covers {FirstDay:yyyy-MM-dd} to {LastDay:yyyy-MM-dd}.");
        }
    }
}
