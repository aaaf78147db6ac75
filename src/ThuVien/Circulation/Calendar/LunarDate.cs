namespace ThuVien.Circulation.Calendar;

/// <summary>
/// A day of the Vietnamese lunar calendar (âm lịch): day 1–30 of month 1–12 of a lunar year, the year named by
/// the solar year in which its month 1 begins. A leap month (tháng nhuận) repeats the number of the month before it.
/// </summary>
internal readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    public override string ToString() => IsLeapMonth ? $"{Day}/{Month} nhuận/{Year}" : $"{Day}/{Month}/{Year}";
}
