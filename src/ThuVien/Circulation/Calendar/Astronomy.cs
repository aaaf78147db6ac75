namespace ThuVien.Circulation.Calendar;

/// <summary>
/// The two astronomical quantities a lunisolar calendar needs: when each new moon falls and where the sun stands
/// on the ecliptic. Both use the low-order series of Jean Meeus, "Astronomical Algorithms" (2nd ed., 1998), in the
/// truncation Hồ Ngọc Đức publishes for the Vietnamese calendar: good to a few minutes over 1900–2199, which is
/// what deciding the civil day of a new moon or of a major solar term needs.
/// </summary>
/// <remarks>
/// Against Meeus's full new-moon series (ch. 49, all periodic and planetary terms, ΔT of Espenak and Meeus) this
/// truncation moves nine of the 3,700 new moons of 1900–2199 to the next civil day at UTC+7, each within four
/// minutes of midnight: 1944-06-20, 1967-07-07, 2072-12-09, 2077-11-15 and five after 2129 (among them the Tết of
/// 2175 and 2199); no leap month moves. The truncation is kept because it is what Vietnamese calendars in use
/// print, and beyond 2050 the uncertainty of ΔT alone exceeds those minutes.
/// </remarks>
internal static class Astronomy
{
    /// <summary>The Julian day of the new moon of 1900-01-01 (13:51 UT), from which new moons are counted.</summary>
    public const double FirstNewMoonOf1900 = 2415021.076998695;

    /// <summary>The mean synodic month in days (Meeus ch. 49).</summary>
    public const double SynodicMonth = 29.530588853;

    private const double Radians = Math.PI / 180;

    /// <summary>
    /// The Julian day (UT) of the k-th new moon counted from the one of 1900-01-01 (k = 0), negative k going back.
    /// The mean phase with Meeus's periodic terms for the sun's and moon's anomalies and the moon's argument of
    /// latitude, less ΔT (terrestrial time minus universal time) fitted as a polynomial of the century.
    /// </summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85; // Julian centuries since 1900 (1236.85 synodic months per century)
        var t2 = t * t;
        var t3 = t2 * t;
        var mean = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3)
            + (0.00033 * Sin(166.56 + (132.87 * t) - (0.009173 * t2)));
        var sunAnomaly = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var moonAnomaly = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var latitude = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var correction = ((0.1734 - (0.000393 * t)) * Sin(sunAnomaly))
            + (0.0021 * Sin(2 * sunAnomaly))
            - (0.4068 * Sin(moonAnomaly))
            + (0.0161 * Sin(2 * moonAnomaly))
            - (0.0004 * Sin(3 * moonAnomaly))
            + (0.0104 * Sin(2 * latitude))
            - (0.0051 * Sin(sunAnomaly + moonAnomaly))
            - (0.0074 * Sin(sunAnomaly - moonAnomaly))
            + (0.0004 * Sin((2 * latitude) + sunAnomaly))
            - (0.0004 * Sin((2 * latitude) - sunAnomaly))
            - (0.0006 * Sin((2 * latitude) + moonAnomaly))
            + (0.0010 * Sin((2 * latitude) - moonAnomaly))
            + (0.0005 * Sin((2 * moonAnomaly) + sunAnomaly));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return mean + correction - deltaT;
    }

    /// <summary>
    /// The sun's true longitude in degrees [0, 360) at the given Julian day (UT): the geometric mean longitude plus
    /// the equation of the centre (Meeus ch. 25, low accuracy, about 0.01°). Nutation and aberration (about 0.006°,
    /// some eight minutes of the sun's motion) are left out, as in the published Vietnamese algorithm.
    /// </summary>
    public static double SunLongitude(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525; // Julian centuries since J2000.0
        var t2 = t * t;
        var anomaly = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var meanLongitude = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var centre = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Sin(anomaly))
            + ((0.019993 - (0.000101 * t)) * Sin(2 * anomaly))
            + (0.000290 * Sin(3 * anomaly));
        var longitude = (meanLongitude + centre) % 360;
        return longitude < 0 ? longitude + 360 : longitude;
    }

    private static double Sin(double degrees) => Math.Sin(degrees * Radians);
}
