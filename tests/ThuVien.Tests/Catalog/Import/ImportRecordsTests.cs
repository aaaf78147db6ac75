using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Catalog;
using ThuVien.Catalog.Demo;
using ThuVien.Catalog.Import;
using ThuVien.Marc;
using ThuVien.Marc.Tests.Support;
using ThuVien.Storage;
using ThuVien.Storage.Sqlite;

namespace ThuVien.Tests.Catalog.Import;

/// <summary>Every real MARC file in the shared data, imported into a fresh SQLite catalogue.</summary>
public sealed class ImportRecordsTests : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thuvien-catalog-").FullName;
    private readonly ServiceProvider _services;

    public ImportRecordsTests()
    {
        var services = new ServiceCollection();
        services.AddStorage(new DatabaseSettings(_dir, $"Data Source={Path.Combine(_dir, "thuvien.db")}"), [new SqliteProvider()]).AddCatalog();
        _services = services.BuildServiceProvider();
    }

    public static TheoryData<string> MarcFiles() =>
        [.. TestData.Files("marc", ".mrc", ".marc", ".dat", ".xml", ".json", "sample-marc", "simple-rusmarc")];

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(MarcFiles))]
    public async Task Every_file_imports_with_counts_that_add_up_and_a_second_import_creates_nothing(string file)
    {
        var first = await ImportAsync(file);
        Assert.Equal(first.Read, first.Created + first.Updated + first.Unchanged + first.Rejected);
        Assert.True(first.Read > 0, $"{file}: nothing read");
        var records = await CountAsync();
        Assert.Equal(first.Created, records);

        var second = await ImportAsync(file);
        Assert.Equal(first.Read, second.Read);
        Assert.Equal(0, second.Created);
        Assert.Equal(first.Rejected, second.Rejected);
        Assert.Equal(records, await CountAsync());
    }

    [Fact]
    public async Task The_demo_catalogue_brings_its_copies_and_every_write_is_in_the_change_log()
    {
        var import = _services.GetRequiredService<ImportRecords>();
        await DatabaseState.MigrateAsync(_services.GetRequiredService<IDbContextFactory<ThuVienDb>>());
        var demo = DemoCatalogue.Generate().ToList();
        var summary = await import.RunAsync(demo.Select((r, i) => MarcReadResult.Accepted(i + 1, i, r, [])), MatchMode.Both);
        Assert.Equal(demo.Count, summary.Created);

        await using var db = await _services.GetRequiredService<IDbContextFactory<ThuVienDb>>().CreateDbContextAsync();
        var itemFields = demo.Sum(r => r.DataFields("952").Count());
        Assert.Equal(itemFields, await db.Items.CountAsync());
        Assert.Equal(demo.Count + itemFields, await db.Changes.CountAsync());
        Assert.False(await db.Records.AnyAsync(r => r.Marc.Length == 0));

        // The stored record carries no item fields: copies live in the items table.
        var stored = await db.Records.AsNoTracking().FirstAsync();
        using var reader = new ThuVien.Marc.Iso2709.Iso2709Reader(new MemoryStream(stored.Marc));
        Assert.Empty(reader.Single().Record!.DataFields("952"));
    }

    private async Task<ImportSummary> ImportAsync(string file)
    {
        var path = TestData.Require(file);
        await DatabaseState.MigrateAsync(_services.GetRequiredService<IDbContextFactory<ThuVienDb>>());
        await using var stream = File.OpenRead(path);
        Span<byte> first = stackalloc byte[MarcFormats.SniffLength];
        var read = stream.ReadAtLeast(first, first.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var format = MarcFormats.Detect(path, first[..read]) ?? MarcFormat.Iso2709;
        using var reader = MarcFormats.OpenReader(stream, format, leaveOpen: true);
        return await _services.GetRequiredService<ImportRecords>().RunAsync(reader, MatchMode.Both);
    }

    private async Task<long> CountAsync()
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<ThuVienDb>>().CreateDbContextAsync();
        return await db.Records.LongCountAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
