using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ThuVien.Circulation.Calendar;
using ThuVien.Circulation.Desk;
using ThuVien.Circulation.Fines;
using ThuVien.Circulation.Holds;
using ThuVien.Circulation.Readers;
using ThuVien.Circulation.Rules;

namespace ThuVien.Circulation;

/// <summary>The circulation part's one registration; it needs the storage part.</summary>
internal static class CirculationRegistration
{
    public static IServiceCollection AddCirculation(this IServiceCollection services, CirculationSettings? settings = null)
    {
        settings ??= CirculationSettings.Default;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton(new LibraryCalendar(settings.Calendar));
        services.AddSingleton<CirculationStore>();
        services.AddSingleton<ReaderWrites>();
        services.AddSingleton<ReaderImport>();
        services.AddSingleton<ReaderExport>();
        services.AddSingleton<ReaderErasure>();
        services.AddSingleton<LoanRuleWrites>();
        services.AddSingleton<CheckOut>();
        services.AddSingleton<CheckIn>();
        services.AddSingleton<Renew>();
        services.AddSingleton<PlaceHold>();
        services.AddSingleton<CancelHold>();
        services.AddSingleton<ExpireHolds>();
        services.AddSingleton<AccrueFines>();
        services.AddSingleton<FinePayments>();
        services.AddSingleton<LostAndDamaged>();
        return services;
    }
}
