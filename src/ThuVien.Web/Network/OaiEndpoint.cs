using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Network.Oai;
using ThuVien.Storage;

namespace ThuVien.Web.Network;

/// <summary>
/// /oai: the node's OAI-PMH 2.0 base URL, open to anyone like the OPAC. Arguments come from the query of
/// a GET or the form body of a POST (§3.1.1); the answer is always 200 text/xml, errors included (§3.1.2.1).
/// Settings (all optional): Oai:PageSize, Oai:TokenLifetimeDays, Oai:RepositoryIdentifier, Oai:AdminEmail.
/// </summary>
internal static class OaiEndpoint
{
    public const string Path = "/oai";

    public static IEndpointRouteBuilder MapOai(this IEndpointRouteBuilder routes)
    {
        var services = routes.ServiceProvider;
        var databases = services.GetRequiredService<IDbContextFactory<ThuVienDb>>();
        var provider = new OaiProvider(
            databases, new OaiRecords(databases), new OaiSecretStore(databases), services.GetRequiredService<TimeProvider>(),
            Options(services.GetRequiredService<IConfiguration>()));
        routes.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], (HttpContext context) => RespondAsync(context, provider))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return routes;
    }

    private static async Task RespondAsync(HttpContext context, OaiProvider provider)
    {
        var arguments = await ArgumentsAsync(context.Request);
        var body = await provider.RespondAsync(arguments, context.RequestAborted);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/xml; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>
    /// The query's arguments, or for a POST the form's. A POST whose body is not a form reads as no
    /// arguments, which the provider answers with badVerb rather than the host with a 415 or a 500.
    /// </summary>
    private static async Task<List<KeyValuePair<string, string[]>>> ArgumentsAsync(HttpRequest request)
    {
        IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> source = request.Query;
        if (HttpMethods.IsPost(request.Method))
        {
            source = [];
            if (request.HasFormContentType)
            {
                try
                {
                    source = await request.ReadFormAsync(request.HttpContext.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    // A malformed or oversized form: no arguments.
                }
            }
        }

        return [.. source.Select(a => new KeyValuePair<string, string[]>(a.Key, [.. a.Value.Select(v => v ?? "")]))];
    }

    private static OaiOptions Options(IConfiguration configuration)
    {
        var defaults = new OaiOptions();
        var days = configuration.GetValue<double?>("Oai:TokenLifetimeDays");
        return new OaiOptions
        {
            PageSize = Math.Clamp(configuration.GetValue<int?>("Oai:PageSize") ?? defaults.PageSize, 1, 1000),
            TokenLifetime = days is > 0 ? TimeSpan.FromDays(days.Value) : defaults.TokenLifetime,
            RepositoryIdentifier = NullIfEmpty(configuration["Oai:RepositoryIdentifier"]),
            AdminEmail = NullIfEmpty(configuration["Oai:AdminEmail"]),
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
