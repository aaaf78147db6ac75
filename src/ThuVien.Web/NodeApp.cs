using System.Text.Json;
using System.Text.Json.Serialization;
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
using ThuVien.Audit;
using ThuVien.Catalog;
using ThuVien.Search;
using ThuVien.Storage;
using ThuVien.Web.Accounts;
using ThuVien.Web.Catalog;
using ThuVien.Web.Network;
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

        builder.Services.AddStorage(options.Database, options.Providers).AddCatalog().AddSearch().AddAccounts().AddAudit();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        builder.Services.AddNodeAuthentication(options.Database.DataDirectory);
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
        app.MapAccountApi();
        app.MapAccountsApi();
        app.MapAuditApi();
        app.MapSearchApi();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api", scalar => scalar.WithTitle("ThuVien API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapOpac();
        app.MapOai();
        return app;
    }

    /// <summary>
    /// Applies migrations, loads the demo catalogue, and on a node with no account yet issues the setup
    /// link for the first administrator; run before serving.
    /// </summary>
    public static async Task<NodeSetup.Outcome> PrepareAsync(WebApplication app, NodeAppOptions options, CancellationToken cancellationToken = default)
    {
        var outcome = await app.Services.GetRequiredService<NodeSetup>().RunAsync(
            (options.Identity ?? new NodeSetup.Options(options.LoadDemo)) with { LoadDemo = options.LoadDemo }, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<FirstAdmin>().IssueCodeAsync(cancellationToken) is { } code)
        {
            options.OnSetupLink?.Invoke($"/account/setup?code={code}");
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
        // Its one warning says the cookie keys are stored unencrypted: they are, in the data folder, beside
        // the database they protect, which is stored unencrypted too. Protect the folder.
        logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
    }
}
