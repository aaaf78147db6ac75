using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Opac;

/// <summary>Waiting for the index, and reading what the results and browse pages show.</summary>
internal static partial class SearchPages
{
    private static readonly TimeSpan IndexWait = TimeSpan.FromSeconds(30);

    /// <summary>Waits until the search sees every record the catalogue holds: the indexer runs in the background.</summary>
    public static async Task<int> IndexedAsync(TestNode node)
    {
        var records = (await node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/records?size=1")).GetProperty("total").GetInt32();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var found = (await node.Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/search?q=&size=1")).GetProperty("total").GetInt32();
            if (found == records)
            {
                return records;
            }

            Assert.True(waited.Elapsed < IndexWait, $"the index holds {found} of {records} records after {IndexWait}");
            await Task.Delay(100);
        }
    }

    /// <summary>The hits' titles, as text, in page order.</summary>
    public static List<string> Titles(string page) => [.. HitTitle().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value))];

    /// <summary>The hits' record ids, in page order.</summary>
    public static List<long> Ids(string page) => [.. HitTitle().Matches(page).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    /// <summary>The total an English results page states ("1–20 of 345 results"), or 0 when it found nothing.</summary>
    public static int Total(string englishPage)
    {
        var match = EnglishTotal().Match(englishPage);
        if (match.Success)
        {
            return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en"));
        }

        return EnglishOne().IsMatch(englishPage) ? 1 : 0;
    }

    /// <summary>The first link whose address contains <paramref name="contains"/>, decoded from its attribute.</summary>
    public static string Link(string page, string contains)
    {
        foreach (Match match in Href().Matches(page))
        {
            var href = WebUtility.HtmlDecode(match.Groups[1].Value);
            if (href.Contains(contains, StringComparison.Ordinal))
            {
                return href;
            }
        }

        Assert.Fail($"no link containing {contains}");
        return string.Empty;
    }

    /// <summary>The browse list's entries: link, heading and the count text beside it.</summary>
    public static List<(string Link, string Heading, string Count)> Headings(string page) =>
    [
        .. HeadingEntry().Matches(page).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value), m.Groups[3].Value)),
    ];

    [GeneratedRegex("<h3 class=\"hit-title\"><a href=\"/record/(\\d+)\">([^<]*)</a></h3>")]
    private static partial Regex HitTitle();

    [GeneratedRegex("–[\\d,]+ of ([\\d,]+) (?:results|records)")]
    private static partial Regex EnglishTotal();

    [GeneratedRegex("One (?:result|record) ")]
    private static partial Regex EnglishOne();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<li><a href=\"(/search\\?[^\"]*)\">([^<]*)</a> <span class=\"count\">([^<]*)</span></li>")]
    private static partial Regex HeadingEntry();
}
