using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;

namespace ThuVien.Web.Opac;

/// <summary>The languages the OPAC speaks: Vietnamese by default, English on request.</summary>
internal static class OpacCultures
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    public static IReadOnlyList<string> Names { get; } = [Vietnamese, English];

    public static bool IsSupported(string? name) => name is Vietnamese or English;

    /// <summary>
    /// Only the reader's own choice (the culture cookie) changes the language: a browser's
    /// Accept-Language says English on most machines in Vietnam too, and the catalogue is Vietnamese first.
    /// </summary>
    public static RequestLocalizationOptions LocalizationOptions()
    {
        CultureInfo[] cultures = [new(Vietnamese), new(English)];
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Vietnamese),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        };
    }
}
