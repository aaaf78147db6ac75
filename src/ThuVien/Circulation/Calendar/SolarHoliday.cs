namespace ThuVien.Circulation.Calendar;

/// <summary>A holiday on the same solar (Gregorian) day every year, such as Quốc khánh on 2/9. A 29/2 holiday
/// falls only in leap years.</summary>
internal sealed record SolarHoliday(int Month, int Day, string Name);
