using System.Net;
using System.Text.RegularExpressions;

namespace ThuVien.Web.Tests.Support;

/// <summary>What a browser without script does with the account pages: read a form's anti-forgery token, post the form.</summary>
internal static partial class AccountForms
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>The anti-forgery token in the first form of the page at <paramref name="path"/>.</summary>
    public static async Task<string> AntiForgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenOf(html);
    }

    public static string TokenOf(string html) =>
        HiddenToken().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("the page has no anti-forgery token");

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string? token, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (token is not null)
        {
            values.Add(new(TokenField, token));
        }

        return client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    /// <summary>Signs in through the sign-in page; the response to the form's POST.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password, string? returnUrl = null)
    {
        var token = await AntiForgeryTokenAsync(client, "/account/signin");
        return await PostAsync(client, "/account/signin", token, ("UserName", userName), ("Password", password), ("ReturnUrl", returnUrl ?? ""));
    }

    /// <summary>A client of its own, signed in with the account cookie.</summary>
    public static async Task<HttpClient> SignedInAsync(TestNode node, string userName)
    {
        var client = node.NewClient();
        var response = await SignInAsync(client, userName, TestNode.Password);
        return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException($"{userName} could not sign in: {response.StatusCode}");
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """, RegexOptions.None)]
    private static partial Regex HiddenToken();
}
