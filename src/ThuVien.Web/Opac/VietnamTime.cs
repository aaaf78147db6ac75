namespace ThuVien.Web.Opac;

/// <summary>Times are stored in UTC and shown in Vietnam's time zone, whichever language the page is in.</summary>
internal static class VietnamTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    private static TimeZoneInfo Find()
    {
        // Without tzdata (a slim container) the zone is missing; Vietnam has kept UTC+7 without daylight saving since 1975.
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }
}
