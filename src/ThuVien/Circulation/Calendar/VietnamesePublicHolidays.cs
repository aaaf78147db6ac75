namespace ThuVien.Circulation.Calendar;

/// <summary>
/// The public holidays of the Labour Code 2019 (Bộ luật Lao động 45/2019/QH14, Article 112(1)), eleven days a year,
/// the default closures of a library calendar. Libraries replace or extend these lists in their settings; the days
/// the Prime Minister fixes each year (Article 112(3)) are approximated as said below, and a year's announced
/// extra or compensatory days off go in as ad hoc closures.
/// </summary>
internal static class VietnamesePublicHolidays
{
    public const string NewYear = "Tết Dương lịch";
    public const string ReunificationDay = "Ngày Chiến thắng";
    public const string LabourDay = "Ngày Quốc tế Lao động";
    public const string NationalDay = "Quốc khánh";
    public const string LunarNewYear = "Tết Nguyên Đán";
    public const string HungKingsDay = "Giỗ Tổ Hùng Vương";

    /// <summary>1/1, 30/4, 1/5 and Quốc khánh's two days: 2/9 and one adjacent day, which the Prime Minister picks
    /// each year (1/9 or 3/9). The default takes the day before; a year that picks 3/9 needs it as an ad hoc
    /// closure (closing one day too many costs a reader nothing: a due date moves on, no fine accrues).</summary>
    public static IReadOnlyList<SolarHoliday> Solar { get; } =
    [
        new(1, 1, NewYear),
        new(4, 30, ReunificationDay),
        new(5, 1, LabourDay),
        new(9, 1, NationalDay),
        new(9, 2, NationalDay),
    ];

    /// <summary>
    /// Tết: the Code grants five days and leaves their place to the Prime Minister's yearly decision, which has always
    /// covered the last day of the old year (giao thừa) and the first days of the new one. The default is those five
    /// days: the last day of the year and 1/1 to 4/1. Giỗ Tổ Hùng Vương: one day, 10/3.
    /// </summary>
    public static IReadOnlyList<LunarHoliday> Lunar { get; } =
    [
        new(1, 1, LunarNewYear, DaysBefore: 1, DaysAfter: 3),
        new(3, 10, HungKingsDay),
    ];
}
