using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ThuVien.Search;

/// <summary>The search part's one registration.</summary>
internal static class SearchRegistration
{
    /// <summary>The index and the search operations; <paramref name="tailChangeLog"/> also runs the indexer in the host.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, bool tailChangeLog = true)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<CatalogSearch>();
        services.AddSingleton<RebuildIndex>();
        services.AddSingleton<SearchIndexer>();
        if (tailChangeLog)
        {
            services.AddHostedService(provider => provider.GetRequiredService<SearchIndexer>());
        }

        return services;
    }
}
