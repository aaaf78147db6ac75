namespace ThuVien.Circulation.Calendar;

/// <summary>
/// A holiday on a lunar date, in the regular (not leap) month, recomputed each year: Giỗ Tổ Hùng Vương on 10/3. It
/// may stretch over <see cref="DaysBefore"/> solar days before that date and <see cref="DaysAfter"/> after it, which
/// is how Tết reaches back to the last day of the old year whether month 12 has 29 or 30 days. A day 30 in a month
/// of 29 days falls on the 29th, as "ba mươi Tết" does in a short year.
/// </summary>
internal sealed record LunarHoliday(int Month, int Day, string Name, int DaysBefore = 0, int DaysAfter = 0);
