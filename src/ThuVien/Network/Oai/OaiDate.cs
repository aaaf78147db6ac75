using System.Globalization;

namespace ThuVien.Network.Oai;

/// <summary>
/// A from or until argument (OAI-PMH 2.0 §3.3): a UTC day (YYYY-MM-DD) or second (YYYY-MM-DDThh:mm:ssZ).
/// Both bounds are inclusive, so an until names the first instant past it as <see cref="ExclusiveEnd"/>.
/// </summary>
internal readonly record struct OaiDate(DateTime Start, bool DayGranularity)
{
    public const string SecondsFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    public const string DayFormat = "yyyy-MM-dd";

    /// <summary>The first instant after the day or second named (capped at the end of time).</summary>
    public DateTime ExclusiveEnd
    {
        get
        {
            var step = DayGranularity ? TimeSpan.FromDays(1) : TimeSpan.FromSeconds(1);
            return Start > DateTime.MaxValue - step ? DateTime.MaxValue : Start + step;
        }
    }

    public static bool TryParse(string text, out OaiDate date)
    {
        const DateTimeStyles utc = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (text.Length == DayFormat.Length && DateTime.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, utc, out var day))
        {
            date = new OaiDate(DateTime.SpecifyKind(day, DateTimeKind.Utc), DayGranularity: true);
            return true;
        }

        if (text.Length == 20 && DateTime.TryParseExact(text, SecondsFormat, CultureInfo.InvariantCulture, utc, out var second))
        {
            date = new OaiDate(DateTime.SpecifyKind(second, DateTimeKind.Utc), DayGranularity: false);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>A datestamp as the repository states it (§3.3.1): seconds granularity, UTC, fractions dropped.</summary>
    public static string Format(DateTime utc) => Truncate(utc).ToString(SecondsFormat, CultureInfo.InvariantCulture);

    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    public override string ToString() => Start.ToString(DayGranularity ? DayFormat : SecondsFormat, CultureInfo.InvariantCulture);
}
