namespace ThuVien.Circulation.Calendar;

/// <summary>
/// The library's clock: Asia/Ho_Chi_Minh, UTC+7 all year. Vietnam has kept no daylight saving time since 1975, so a
/// fixed offset is exact for every day circulation deals with and needs no time-zone database on the host.
/// </summary>
internal static class LibraryTime
{
    public static readonly TimeSpan UtcOffset = TimeSpan.FromHours(7);

    /// <summary>The moment as a library wall clock shows it.</summary>
    public static DateTime Local(DateTimeOffset moment) => moment.ToOffset(UtcOffset).DateTime;

    /// <summary>A date and time as the library's wall clock: one without a kind is taken to be library time
    /// already; a UTC one or one in the host's zone is converted.</summary>
    public static DateTime Local(DateTime time) => time.Kind switch
    {
        DateTimeKind.Unspecified => time,
        DateTimeKind.Utc => Local(new DateTimeOffset(time)),
        _ => Local(new DateTimeOffset(time.ToUniversalTime())),
    };

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Local(clock.GetUtcNow()));
}
