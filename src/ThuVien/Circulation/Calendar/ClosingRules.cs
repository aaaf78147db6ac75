namespace ThuVien.Circulation.Calendar;

/// <summary>
/// The settings of a library calendar turned into reason codes, and the closed days of a year worked out from them.
/// When rules overlap, the reason shown is the most telling: a holiday before an ad hoc closure before a closed
/// weekday (Tết on a Sunday shows "Tết Nguyên Đán"); among holidays, the first listed.
/// </summary>
internal sealed class ClosingRules
{
    private static readonly string[] WeekdayNames =
        ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"];

    private readonly SolarHoliday[] _solar;
    private readonly LunarHoliday[] _lunar;
    private readonly AdHocClosure[] _closures;
    private readonly ushort[] _weekdayCodes = new ushort[7];
    private readonly string?[] _reasons;

    public ClosingRules(LibraryCalendarSettings settings)
    {
        _solar = [.. settings.SolarHolidays];
        _lunar = [.. settings.LunarHolidays];
        _closures = [.. settings.Closures];
        // Code 0 is "open"; then holidays, ad hoc closures and closed weekdays in that order.
        var reasons = new List<string?> { null };
        reasons.AddRange(_solar.Select(h => h.Name));
        reasons.AddRange(_lunar.Select(h => h.Name));
        LastHolidayCode = reasons.Count - 1;
        reasons.AddRange(_closures.Select(c => c.Reason));
        var open = settings.OpeningHours.Select(p => p.Day).ToHashSet();
        foreach (var day in Enum.GetValues<DayOfWeek>().Where(d => !open.Contains(d)))
        {
            _weekdayCodes[(int)day] = checked((ushort)reasons.Count);
            reasons.Add(WeekdayNames[(int)day]);
        }
        _reasons = [.. reasons];
    }

    /// <summary>Codes 1 to this one are holidays.</summary>
    public int LastHolidayCode { get; }

    public string? Reason(int code) => _reasons[code];

    public ClosedDayTable Year(int year)
    {
        var jan1 = new DateOnly(year, 1, 1);
        var codes = new ushort[DateTime.IsLeapYear(year) ? 366 : 365];
        void Close(int dayNumber, int code)
        {
            var index = dayNumber - jan1.DayNumber;
            if (index >= 0 && index < codes.Length && codes[index] == 0)
            {
                codes[index] = (ushort)code;
            }
        }

        var code = 1;
        foreach (var holiday in _solar)
        {
            if (holiday.Day <= DateTime.DaysInMonth(year, holiday.Month))
            {
                Close(new DateOnly(year, holiday.Month, holiday.Day).DayNumber, code);
            }
            code++;
        }
        foreach (var holiday in _lunar)
        {
            // A lunar date falls in the solar year of its lunar year or, for months 11 and 12, in the next one.
            for (var lunarYear = year - 1; lunarYear <= year; lunarYear++)
            {
                if (TryFind(holiday, lunarYear, out var day))
                {
                    for (var offset = -holiday.DaysBefore; offset <= holiday.DaysAfter; offset++)
                    {
                        Close(day.DayNumber + offset, code);
                    }
                }
            }
            code++;
        }
        var last = jan1.AddDays(codes.Length - 1).DayNumber;
        foreach (var closure in _closures)
        {
            for (var day = Math.Max(closure.First.DayNumber, jan1.DayNumber); day <= Math.Min(closure.Last.DayNumber, last); day++)
            {
                Close(day, code);
            }
            code++;
        }
        var weekday = (int)jan1.DayOfWeek;
        for (var i = 0; i < codes.Length; i++, weekday = (weekday + 1) % 7)
        {
            if (codes[i] == 0)
            {
                codes[i] = _weekdayCodes[weekday];
            }
        }
        return new ClosedDayTable(codes);
    }

    private static bool TryFind(LunarHoliday holiday, int lunarYear, out DateOnly day)
    {
        day = default;
        var length = VietnameseLunarCalendar.Vietnam.DaysInMonth(lunarYear, holiday.Month);
        return length > 0
            && VietnameseLunarCalendar.Vietnam.TryToSolar(new LunarDate(lunarYear, holiday.Month, Math.Min(holiday.Day, length)), out day);
    }
}
