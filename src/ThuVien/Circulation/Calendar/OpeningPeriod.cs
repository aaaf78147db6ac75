namespace ThuVien.Circulation.Calendar;

/// <summary>One stretch of opening hours on a weekday, from <see cref="Opens"/> up to (not including)
/// <see cref="Closes"/>, in library time. A weekday may have several (Vietnamese libraries often close for lunch);
/// a weekday with none is a closed weekday.</summary>
internal sealed record OpeningPeriod(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)
{
    public bool Contains(TimeOnly time) => time >= Opens && time < Closes;
}
