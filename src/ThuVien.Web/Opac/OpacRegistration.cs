using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;

namespace ThuVien.Web.Opac;

/// <summary>The public catalogue: Razor Pages under Opac/Pages, its texts, stylesheet, language switch and exports.</summary>
internal static class OpacRegistration
{
    public static IServiceCollection AddOpac(this IServiceCollection services)
    {
        services.AddLocalization();

        // Vietnamese letters are written as themselves rather than as numeric references: smaller pages,
        // readable source. The characters that matter to HTML (< > & " ') are still encoded.
        services.Configure<WebEncoderOptions>(web => web.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<OpacAssets>();
        services.AddScoped<LibraryIdentity>();
        services.AddRazorPages(pages => pages.RootDirectory = "/Opac/Pages")
            .AddMvcOptions(mvc => mvc.Filters.Add<OpacHeaders>())
            .ConfigureApplicationPartManager(AddThisAssembly);
        return services;
    }

    public static IEndpointRouteBuilder MapOpac(this IEndpointRouteBuilder routes)
    {
        routes.MapRazorPages();
        routes.ServiceProvider.GetRequiredService<OpacAssets>().Map(routes);
        LanguageSwitch.Map(routes);
        RecordExport.Map(routes);
        return routes;
    }

    /// <summary>
    /// MVC finds pages in the entry assembly and its references, which misses them when the entry is the
    /// `thuvien` command or a test runner: add this assembly's parts (with its compiled Razor) unless found.
    /// </summary>
    private static void AddThisAssembly(ApplicationPartManager parts)
    {
        var assembly = typeof(OpacRegistration).Assembly;
        var name = assembly.GetName().Name;
        if (parts.ApplicationParts.Any(part => part.Name == name))
        {
            return;
        }

        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
        {
            parts.ApplicationParts.Add(part);
        }
    }
}
