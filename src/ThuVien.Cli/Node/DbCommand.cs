using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Storage;

namespace ThuVien.Cli.Node;

/// <summary>`thuvien db migrate`: apply the schema explicitly (serve does it on start too).</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var node = new NodeOptions();
        var migrate = new Command("migrate", "Bring the database schema up to date.");
        node.AddTo(migrate);
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            using var services = node.Services(parse);
            var databases = services.GetRequiredService<IDbContextFactory<ThuVienDb>>();
            await DatabaseState.MigrateAsync(databases, cancellationToken);
            var provider = services.GetRequiredService<IDatabaseProvider>();
            Console.WriteLine($"{provider.Name} database is up to date.");
            return 0;
        });
        return new Command("db", "Database maintenance.") { migrate };
    }
}
