using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ThuVien.Storage;

namespace ThuVien.Storage.Postgres;

/// <summary>For `dotnet ef migrations add` (see README in this folder); no server is contacted.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ThuVienDb>
{
    public ThuVienDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ThuVienDb>();
        new PostgresProvider().Configure(options, "Host=localhost;Database=thuvien_design");
        return new ThuVienDb(options.Options);
    }
}
