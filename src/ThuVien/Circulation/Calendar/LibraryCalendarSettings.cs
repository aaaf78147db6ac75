namespace ThuVien.Circulation.Calendar;

/// <summary>
/// What a library decides about its days: opening hours per weekday (a weekday without hours is closed), the
/// recurring solar and lunar holidays (by default the Vietnamese public holidays) and ad hoc closures.
/// <see cref="Validate"/> says what is wrong with settings a person entered, field by field.
/// </summary>
internal sealed record LibraryCalendarSettings
{
    /// <summary>The longest a lunar holiday may reach before or after its date; Tết closures run to about nine days.</summary>
    public const int MaxLunarHolidaySpread = 10;

    /// <summary>Far more than a library declares in two centuries; it keeps a reason code in 16 bits.</summary>
    public const int MaxClosures = 10_000;

    public required IReadOnlyList<OpeningPeriod> OpeningHours { get; init; }

    public IReadOnlyList<SolarHoliday> SolarHolidays { get; init; } = VietnamesePublicHolidays.Solar;

    public IReadOnlyList<LunarHoliday> LunarHolidays { get; init; } = VietnamesePublicHolidays.Lunar;

    public IReadOnlyList<AdHocClosure> Closures { get; init; } = [];

    /// <summary>Monday to Saturday 7:30–11:30 and 13:30–17:00, the office hours of most Vietnamese public libraries,
    /// closed on Sunday, with the public holidays.</summary>
    public static LibraryCalendarSettings Default { get; } = new()
    {
        OpeningHours = [.. Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Sunday).SelectMany(d => new OpeningPeriod[]
        {
            new(d, new TimeOnly(7, 30), new TimeOnly(11, 30)),
            new(d, new TimeOnly(13, 30), new TimeOnly(17, 0)),
        })],
    };

    public IReadOnlyList<SettingsProblem> Validate()
    {
        var problems = new List<SettingsProblem>();
        ValidateHours(problems);
        if (SolarHolidays?.Count + LunarHolidays?.Count > MaxClosures)
        {
            problems.Add(new(nameof(SolarHolidays), $"At most {MaxClosures} holidays."));
        }
        Each(SolarHolidays, nameof(SolarHolidays), problems, (h, field) =>
        {
            if (h.Month is < 1 or > 12)
            {
                problems.Add(new($"{field}.Month", $"Month {h.Month} is not between 1 and 12."));
            }
            else if (h.Day < 1 || h.Day > DateTime.DaysInMonth(2000, h.Month))
            {
                problems.Add(new($"{field}.Day", $"Month {h.Month} has no day {h.Day}."));
            }
            RequireText(h.Name, $"{field}.Name", problems);
        });
        Each(LunarHolidays, nameof(LunarHolidays), problems, (h, field) =>
        {
            if (h.Month is < 1 or > 12)
            {
                problems.Add(new($"{field}.Month", $"Lunar month {h.Month} is not between 1 and 12."));
            }
            if (h.Day is < 1 or > 30)
            {
                problems.Add(new($"{field}.Day", $"Lunar day {h.Day} is not between 1 and 30."));
            }
            if (h.DaysBefore is < 0 or > MaxLunarHolidaySpread)
            {
                problems.Add(new($"{field}.DaysBefore", $"{h.DaysBefore} is not between 0 and {MaxLunarHolidaySpread}."));
            }
            if (h.DaysAfter is < 0 or > MaxLunarHolidaySpread)
            {
                problems.Add(new($"{field}.DaysAfter", $"{h.DaysAfter} is not between 0 and {MaxLunarHolidaySpread}."));
            }
            RequireText(h.Name, $"{field}.Name", problems);
        });
        if (Closures?.Count > MaxClosures)
        {
            problems.Add(new(nameof(Closures), $"At most {MaxClosures} closures; merge adjacent ones."));
        }
        Each(Closures, nameof(Closures), problems, (c, field) =>
        {
            if (c.First < LibraryCalendar.FirstDay || c.First > LibraryCalendar.LastDay)
            {
                problems.Add(new($"{field}.First", $"{c.First:yyyy-MM-dd} is outside the calendar ({LibraryCalendar.FirstDay:yyyy}–{LibraryCalendar.LastDay:yyyy})."));
            }
            if (c.Last < c.First)
            {
                problems.Add(new($"{field}.Last", $"The closure ends on {c.Last:yyyy-MM-dd}, before it begins on {c.First:yyyy-MM-dd}."));
            }
            else if (c.Last > LibraryCalendar.LastDay)
            {
                problems.Add(new($"{field}.Last", $"{c.Last:yyyy-MM-dd} is outside the calendar ({LibraryCalendar.FirstDay:yyyy}–{LibraryCalendar.LastDay:yyyy})."));
            }
            RequireText(c.Reason, $"{field}.Reason", problems);
        });
        return problems;
    }

    private void ValidateHours(List<SettingsProblem> problems)
    {
        if (OpeningHours is null || !OpeningHours.Any(p => p is not null))
        {
            problems.Add(new(nameof(OpeningHours), "The library must open on at least one weekday."));
            return;
        }
        var seen = new List<OpeningPeriod>();
        Each(OpeningHours, nameof(OpeningHours), problems, (p, field) =>
        {
            if (!Enum.IsDefined(p.Day))
            {
                problems.Add(new($"{field}.Day", $"{(int)p.Day} is not a weekday."));
            }
            if (p.Closes <= p.Opens)
            {
                problems.Add(new($"{field}.Closes", $"Closing at {p.Closes:HH:mm} is not after opening at {p.Opens:HH:mm}."));
                return;
            }
            if (seen.Any(other => other.Day == p.Day && other.Opens < p.Closes && p.Opens < other.Closes))
            {
                problems.Add(new(field, $"{p.Opens:HH:mm}–{p.Closes:HH:mm} overlaps other hours on {p.Day}."));
            }
            seen.Add(p);
        });
    }

    private static void Each<T>(IReadOnlyList<T>? items, string name, List<SettingsProblem> problems, Action<T, string> check)
        where T : class
    {
        if (items is null)
        {
            problems.Add(new(name, "A list is required (it may be empty)."));
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                problems.Add(new($"{name}[{i}]", "An entry is missing."));
                continue;
            }
            check(items[i], $"{name}[{i}]");
        }
    }

    private static void RequireText(string? text, string field, List<SettingsProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(field, "A name is required: it is shown to readers."));
        }
    }
}
