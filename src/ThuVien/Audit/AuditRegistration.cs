using Microsoft.Extensions.DependencyInjection;

namespace ThuVien.Audit;

/// <summary>The audit part's one registration: the reader of the log (writers add entries in their own transactions).</summary>
internal static class AuditRegistration
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditLog>();
        return services;
    }
}
