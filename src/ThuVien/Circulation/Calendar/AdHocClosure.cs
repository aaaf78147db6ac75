namespace ThuVien.Circulation.Calendar;

/// <summary>Days the library closes outside its rules, <see cref="First"/> to <see cref="Last"/> inclusive, with the
/// reason shown to readers: a flood, a stocktake, a compensatory day off the government announces.</summary>
internal sealed record AdHocClosure(DateOnly First, DateOnly Last, string Reason);
