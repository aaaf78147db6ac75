namespace ThuVien.Circulation.Calendar;

/// <summary>
/// The lunar months from the one that holds a winter solstice to the one that holds the next (a "suì"): twelve
/// months, or thirteen when the first month after the solstice month that holds no major solar term is a leap
/// month. Month 11 always holds the winter solstice, so these months are 11, 12 of one lunar year and 1–10 of the
/// next. Days are <see cref="DateOnly.DayNumber"/> values.
/// </summary>
internal sealed class SolsticeYear
{
    /// <summary>Julian day number minus <see cref="DateOnly.DayNumber"/> (days since 0001-01-01, proleptic Gregorian).</summary>
    private const int JulianDayOffset = 1721426;

    private const int JulianDayOf1900 = 2415021;

    private readonly int[] _starts;

    private SolsticeYear(int year, int[] starts, int leapIndex)
    {
        Year = year;
        _starts = starts;
        LeapIndex = leapIndex;
    }

    /// <summary>The solar year of the second solstice: the lunar year whose months 1–10 are in this span.</summary>
    public int Year { get; }

    /// <summary>The position of the leap month among the months, or -1 in a twelve-month span.</summary>
    public int LeapIndex { get; }

    /// <summary>The first day after the span: the start of the next month 11.</summary>
    public int End => _starts[^1];

    public int MonthStart(int index) => _starts[index];

    /// <summary>29 or 30.</summary>
    public int MonthLength(int index) => _starts[index + 1] - _starts[index];

    /// <summary>The months of the span at the given UTC offset: new moons and major solar terms fall on the civil
    /// day of that meridian, which is all that separates the Vietnamese calendar (UTC+7) from the Chinese (UTC+8).</summary>
    public static SolsticeYear Compute(int year, double utcOffsetHours)
    {
        var first = Month11Start(year - 1, utcOffsetHours);
        var end = Month11Start(year, utcOffsetHours);
        var k = (int)Math.Floor(((first + JulianDayOffset - Astronomy.FirstNewMoonOf1900) / Astronomy.SynodicMonth) + 0.5);
        var starts = new List<int>(14) { first };
        while (starts[^1] < end)
        {
            starts.Add(NewMoonDay(k + starts.Count, utcOffsetHours));
        }
        if (starts[^1] != end || starts.Count is < 13 or > 14 || NewMoonDay(k, utcOffsetHours) != first)
        {
            throw new InvalidOperationException($"The new moons between the winter solstices of {year - 1} and {year} do not make 12 or 13 months.");
        }
        var leap = -1;
        if (starts.Count == 14)
        {
            // The leap month is the first after month 11 in which no major term begins: the sun is in the same
            // 30° sector when the month starts as when the next one starts. Month 11 itself holds the solstice.
            for (var i = 1; i < 13 && leap < 0; i++)
            {
                if (MajorTerm(starts[i], utcOffsetHours) == MajorTerm(starts[i + 1], utcOffsetHours))
                {
                    leap = i;
                }
            }
            if (leap < 0)
            {
                throw new InvalidOperationException($"The thirteen months before the winter solstice of {year} all hold a major solar term.");
            }
        }
        return new SolsticeYear(year, [.. starts], leap);
    }

    /// <summary>The lunar year, month number (1–12) and leap flag of the month at the given position. Months 11
    /// and 12, and a leap 11 or 12, come before month 1 and belong to the previous lunar year.</summary>
    public (int Year, int Month, bool IsLeap) MonthAt(int index)
    {
        var ordinal = LeapIndex >= 0 && index >= LeapIndex ? index - 1 : index;
        return (ordinal < 2 ? Year - 1 : Year, ((ordinal + 10) % 12) + 1, index == LeapIndex);
    }

    /// <summary>The position of the given month, or -1 when this span has no such month (a leap month of another year).</summary>
    public int IndexOf(int month, bool isLeap)
    {
        var ordinal = month >= 11 ? month - 11 : month + 1;
        if (isLeap)
        {
            return LeapIndex >= 0 && LeapIndex - 1 == ordinal ? LeapIndex : -1;
        }
        return LeapIndex >= 0 && ordinal >= LeapIndex ? ordinal + 1 : ordinal;
    }

    /// <summary>The position of the month holding the given day, which must lie in the span.</summary>
    public int IndexHolding(int dayNumber)
    {
        var index = 0;
        while (_starts[index + 1] <= dayNumber)
        {
            index++;
        }
        return index;
    }

    /// <summary>The first day of the lunar month that holds the winter solstice of the given solar year.</summary>
    private static int Month11Start(int year, double utcOffsetHours)
    {
        // A new moon of the last weeks of the year: if the sun has passed 270° (the solstice) when its day begins,
        // the solstice fell in the month before.
        var lastDay = new DateOnly(year, 12, 31).DayNumber + JulianDayOffset;
        var k = (int)Math.Floor((lastDay - JulianDayOf1900) / Astronomy.SynodicMonth);
        var start = NewMoonDay(k, utcOffsetHours);
        return MajorTerm(start, utcOffsetHours) >= 9 ? NewMoonDay(k - 1, utcOffsetHours) : start;
    }

    /// <summary>The civil day, at the given offset, on which the k-th new moon falls.</summary>
    private static int NewMoonDay(int k, double utcOffsetHours) =>
        (int)Math.Floor(Astronomy.NewMoon(k) + 0.5 + (utcOffsetHours / 24)) - JulianDayOffset;

    /// <summary>The 30° sector (0 = from the vernal equinox) the sun is in at local midnight starting the day;
    /// a major solar term (trung khí) begins each sector.</summary>
    private static int MajorTerm(int dayNumber, double utcOffsetHours) =>
        (int)Math.Floor(Astronomy.SunLongitude(dayNumber + JulianDayOffset - 0.5 - (utcOffsetHours / 24)) / 30);
}
