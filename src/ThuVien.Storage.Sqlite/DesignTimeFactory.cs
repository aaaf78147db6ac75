using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ThuVien.Storage;

namespace ThuVien.Storage.Sqlite;

/// <summary>For `dotnet ef migrations add` (see README in this folder).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ThuVienDb>
{
    public ThuVienDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ThuVienDb>();
        new SqliteProvider().Configure(options, "Data Source=design-time.db");
        return new ThuVienDb(options.Options);
    }
}
