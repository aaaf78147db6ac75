using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ThuVien.Storage;

/// <summary>Registers the node's database for the provider that understands the connection string.</summary>
internal static class StorageRegistration
{
    public static IServiceCollection AddStorage(this IServiceCollection services, DatabaseSettings settings, IEnumerable<IDatabaseProvider> providers)
    {
        var provider = providers.FirstOrDefault(p => p.Handles(settings.ConnectionString))
            ?? throw new InvalidOperationException("The database connection string names neither SQLite (Data Source=…) nor PostgreSQL (Host=…).");
        services.AddSingleton(settings);
        services.AddSingleton(provider);
        services.AddDbContextFactory<ThuVienDb>(options => provider.Configure(options, settings.ConnectionString));
        return services;
    }
}
