namespace ThuVien.Circulation.Calendar;

/// <summary>
/// One solar year of a library calendar, day by day: the reason code of each closed day (0 when open) and running
/// counts of open days, so that asking about a day is an array read and counting open days over a year is a
/// subtraction.
/// </summary>
internal sealed class ClosedDayTable
{
    private readonly ushort[] _reasons;
    private readonly ushort[] _openBefore;

    /// <param name="reasons">The reason code of each day of the year, index 0 for 1 January, 0 for open.</param>
    public ClosedDayTable(ushort[] reasons)
    {
        _reasons = reasons;
        _openBefore = new ushort[reasons.Length + 1];
        for (var i = 0; i < reasons.Length; i++)
        {
            _openBefore[i + 1] = (ushort)(_openBefore[i] + (reasons[i] == 0 ? 1 : 0));
        }
    }

    public int DayCount => _reasons.Length;

    public bool IsOpen(int dayOfYear) => _reasons[dayOfYear - 1] == 0;

    public int ReasonCode(int dayOfYear) => _reasons[dayOfYear - 1];

    /// <summary>Open days among the first <paramref name="days"/> days of the year (0 to <see cref="DayCount"/>).</summary>
    public int OpenDaysIn(int days) => _openBefore[days];
}
