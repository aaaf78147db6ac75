using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ThuVien.Catalog.Import;

namespace ThuVien.Catalog;

/// <summary>The catalogue part's one registration.</summary>
internal static class CatalogRegistration
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ImportRecords>();
        services.AddSingleton<RecordWrites>();
        services.AddSingleton<ItemWrites>();
        services.AddSingleton<NodeSetup>();
        return services;
    }
}
