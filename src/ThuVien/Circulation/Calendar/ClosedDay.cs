namespace ThuVien.Circulation.Calendar;

/// <summary>A day the library is closed and the reason shown for it.</summary>
internal readonly record struct ClosedDay(DateOnly Day, string Reason);
