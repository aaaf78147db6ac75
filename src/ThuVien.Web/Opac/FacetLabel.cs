using Microsoft.Extensions.Localization;
using ThuVien.Search;
using ThuVien.Search.Facets;
using ThuVien.Search.Querying;

namespace ThuVien.Web.Opac;

/// <summary>How the results page names a facet and its values in the reader's language.</summary>
internal static class FacetLabel
{
    public static string Name(IStringLocalizer<OpacText> text, string facet) => text["Facet." + facet];

    /// <summary>Kinds of material and languages by name, year ranges in words; headings, libraries and locations as recorded.</summary>
    public static string Value(IStringLocalizer<OpacText> text, string facet, string value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(value);
        if (facet == FacetDimension.ContentType.Key)
        {
            return text[MaterialLabel.Key(value)];
        }

        if (facet == FacetDimension.Language.Key)
        {
            return Language(text, value);
        }

        if (facet == FacetDimension.Year.Key)
        {
            return Years(text, value);
        }

        if (facet == FacetDimension.Available.Key)
        {
            return text[FieldValues.IsTrue(value) ? "AvailableNow" : "NotAvailableNow"];
        }

        return value;
    }

    /// <summary>"Tiếng Việt" for vie; a code without a name is shown as it is.</summary>
    public static string Language(IStringLocalizer<OpacText> text, string code)
    {
        var name = text["LanguageOf." + code];
        return name.ResourceNotFound ? code : name.Value;
    }

    private static string Years(IStringLocalizer<OpacText> text, string value)
    {
        if (!YearRanges.TryParse(value, out var from, out var to))
        {
            return value;
        }

        var culture = System.Globalization.CultureInfo.InvariantCulture;
        if (to >= 2200)
        {
            return text["YearFrom", from.ToString(culture)];
        }

        if (from <= 0)
        {
            return text["YearUntil", to.ToString(culture)];
        }

        return from == to ? from.ToString(culture) : $"{from.ToString(culture)}–{to.ToString(culture)}";
    }
}
