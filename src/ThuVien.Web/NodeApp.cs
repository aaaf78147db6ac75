using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;
using ThuVien.Accounts;
using ThuVien.Catalog;
using ThuVien.Search;
using ThuVien.Storage;
using ThuVien.Web.Catalog;
using ThuVien.Web.Opac;
using ThuVien.Web.Search;

namespace ThuVien.Web;

/// <summary>The web host of a node: read it as a table of contents of what the node serves.</summary>
internal static class NodeApp
{
    public static WebApplication Build(NodeAppOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            // A search form submitted by GET carries what was typed in the URL: 10 KB of Vietnamese is ~30 KB escaped.
            kestrel.Limits.MaxRequestLineSize = 64 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 96 * 1024;
        });
        ConfigureLogging(builder.Logging);

        builder.Services.AddStorage(options.Database, options.Providers).AddCatalog().AddSearch().AddAccounts();
        builder.Services.AddSingleton<StaffKey>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        builder.Services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyAuthentication.StaffPolicy, policy => policy.RequireRole(ApiKeyAuthentication.StaffRole));
        builder.Services.AddOpenApi("v1");
        builder.Services.AddOpac();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RequestIds.AssignAsync);
        app.UseRequestLocalization(OpacCultures.LocalizationOptions());
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthApi();
        app.MapNodeApi();
        app.MapRecordsApi();
        app.MapItemsApi();
        app.MapChangesApi();
        app.MapSearchApi();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api", scalar => scalar.WithTitle("ThuVien API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapOpac();
        return app;
    }

    /// <summary>Applies migrations, makes the API key and loads the demo catalogue; run before serving.</summary>
    public static async Task<NodeSetup.Outcome> PrepareAsync(WebApplication app, NodeAppOptions options, CancellationToken cancellationToken = default)
    {
        var outcome = await app.Services.GetRequiredService<NodeSetup>().RunAsync(
            (options.Identity ?? new NodeSetup.Options(options.LoadDemo, options.ApiKey)) with { LoadDemo = options.LoadDemo, ConfiguredApiKey = options.ApiKey },
            cancellationToken);
        var databases = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ThuVienDb>>();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        app.Services.GetRequiredService<StaffKey>().Hash = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Node, cancellationToken)).ApiKeyHash;
        if (outcome.NewApiKey is { } key)
        {
            options.OnNewApiKey?.Invoke(key);
        }

        return outcome;
    }

    private static void ConfigureLogging(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        if (Console.IsOutputRedirected)
        {
            logging.AddJsonConsole(json => json.IncludeScopes = true);
        }
        else
        {
            logging.AddSimpleConsole(console => { console.IncludeScopes = true; console.SingleLine = true; });
        }

        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
    }
}
