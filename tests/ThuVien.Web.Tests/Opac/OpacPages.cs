using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Opac;

/// <summary>Reading OPAC pages in a language, and making the records they show.</summary>
internal static partial class OpacPages
{
    /// <summary>The page's HTML, read as a reader who chose <paramref name="culture"/> (null: no choice made).</summary>
    public static async Task<string> GetAsync(TestNode node, string path, string? culture = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (culture is not null)
        {
            request.Headers.Add("Cookie", $".AspNetCore.Culture=c%3D{culture}%7Cuic%3D{culture}");
        }

        using var response = await node.Anonymous.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Creates a record through the API and returns its id.</summary>
    public static async Task<long> CreateAsync(TestNode node, HttpContent body)
    {
        var created = await node.Staff.PostAsync("/api/v1/records", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return long.Parse(created.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
    }

    public static string? HtmlLang(string page) => LangAttribute().Match(page) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("<html lang=\"([^\"]*)\"")]
    private static partial Regex LangAttribute();
}
