using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThuVien.Catalog;
using ThuVien.Circulation;
using ThuVien.Circulation.Calendar;
using ThuVien.Circulation.Desk;
using ThuVien.Circulation.Fines;
using ThuVien.Circulation.Holds;
using ThuVien.Circulation.Readers;
using ThuVien.Circulation.Rules;
using ThuVien.Storage;
using ThuVien.Storage.Postgres;
using ThuVien.Storage.Sqlite;

namespace ThuVien.Tests.Circulation.Support;

/// <summary>
/// A library for one scenario: a fresh database (a SQLite file, or a new database on the PostgreSQL server named by
/// THUVIEN_TEST_PG), the circulation part over it, a clock the test moves, and the house rules below. Readers and
/// books are added by name in each test.
/// </summary>
internal sealed class CirculationLibrary : IAsyncDisposable
{
    public const string PostgresVariable = "THUVIEN_TEST_PG";
    public const string HaNoi = "HN";
    public const string SaiGon = "HCM";

    /// <summary>Adults borrow books for 14 days, renew twice, hold up to 3, pay 2,000 VND an open day after 2 days'
    /// grace up to 50,000, and may place holds; in Sài Gòn the loan is 21 days.</summary>
    public static readonly LoanTerms AdultBooks = new() { LoanDays = 14, Renewals = 2, MaxItems = 3, FinePerDay = 2_000m, MaxFine = 50_000m, GraceDays = 2, HoldsAllowed = true };

    /// <summary>Children borrow books for 7 days, renew once, hold up to 2, pay 1,000 VND an open day without grace
    /// up to 20,000, and may not place holds.</summary>
    public static readonly LoanTerms ChildBooks = new() { LoanDays = 7, Renewals = 1, MaxItems = 2, FinePerDay = 1_000m, MaxFine = 20_000m, GraceDays = 0, HoldsAllowed = false };

    /// <summary>Adults borrow magazines for 6 days, no renewal, two at a time.</summary>
    public static readonly LoanTerms AdultMagazines = new() { LoanDays = 6, Renewals = 0, MaxItems = 2, FinePerDay = 1_000m, MaxFine = 10_000m, GraceDays = 0, HoldsAllowed = false };

    public static readonly CirculationSettings Settings = new()
    {
        FineLimit = 50_000m,
        LostProcessingFee = 20_000m,
        LostDefaultPrice = 100_000m,
        HoldPickupOpenDays = 3,
    };

    private readonly ServiceProvider _services;
    private readonly string _directory;
    private readonly string? _postgresDatabase;
    private readonly string? _postgresServer;

    private CirculationLibrary(ServiceProvider services, string directory, string? postgresServer, string? postgresDatabase, LibraryClock clock)
    {
        _services = services;
        _directory = directory;
        _postgresServer = postgresServer;
        _postgresDatabase = postgresDatabase;
        Clock = clock;
    }

    public LibraryClock Clock { get; }

    public LibraryCalendar Calendar => Get<LibraryCalendar>();

    public CheckOut CheckOut => Get<CheckOut>();

    public CheckIn CheckIn => Get<CheckIn>();

    public Renew Renew => Get<Renew>();

    public PlaceHold PlaceHold => Get<PlaceHold>();

    public CancelHold CancelHold => Get<CancelHold>();

    public ExpireHolds ExpireHolds => Get<ExpireHolds>();

    public AccrueFines AccrueFines => Get<AccrueFines>();

    public FinePayments Payments => Get<FinePayments>();

    public LostAndDamaged LostAndDamaged => Get<LostAndDamaged>();

    public ReaderWrites Readers => Get<ReaderWrites>();

    public ReaderImport Import => Get<ReaderImport>();

    public ReaderExport Export => Get<ReaderExport>();

    public ReaderErasure Erasure => Get<ReaderErasure>();

    public LoanRuleWrites Rules => Get<LoanRuleWrites>();

    /// <summary>Opens a library whose clock stands at 9:00 on <paramref name="today"/> (library time), with the
    /// categories adult, child, student and staff and the rules above.</summary>
    public static async Task<CirculationLibrary> OpenAsync(Engine engine, DateOnly today)
    {
        var directory = Directory.CreateTempSubdirectory("thuvien-circulation-").FullName;
        string connection;
        string? server = null, database = null;
        if (engine == Engine.PostgreSql)
        {
            server = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrEmpty(server))
            {
                Directory.Delete(directory);
                Assert.Skip($"{PostgresVariable} is not set: run the tests with ./test.sh, which starts a PostgreSQL server");
            }
            database = $"thuvien_circ_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
                await create.ExecuteNonQueryAsync();
            }
            connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();
        }
        else
        {
            connection = $"Data Source={Path.Combine(directory, "thuvien.db")}";
        }

        var clock = new LibraryClock(today);
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddStorage(new DatabaseSettings(directory, connection), [new SqliteProvider(), new PostgresProvider()])
            .AddCatalog()
            .AddCirculation(Settings)
            .BuildServiceProvider();
        var library = new CirculationLibrary(services, directory, server, database, clock);
        await DatabaseState.MigrateAsync(library.Get<IDbContextFactory<ThuVienDb>>());
        await library.SeedAsync();
        return library;
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task<ThuVienDb> DbAsync() => Get<IDbContextFactory<ThuVienDb>>().CreateDbContextAsync();

    /// <summary>Registers a reader; the card number is returned for the desk.</summary>
    public async Task<string> ReaderAsync(
        string name, string category, string card, DateOnly expires, bool keepsHistory = false, DateOnly? born = null, string? nationalId = null)
    {
        var (result, problems) = await Readers.RegisterAsync(new ReaderData(card, name, category, HaNoi, expires, born, nationalId, KeepsLoanHistory: keepsHistory));
        Assert.True(result.IsDone, $"{name}: {string.Join("; ", problems.Select(p => p.Message))} {result.Refusal}");
        return card;
    }

    /// <summary>Catalogues a title with copies of one item type, all in Hà Nội, without a price.</summary>
    public async Task<Book> BookAsync(string title, string itemType, params string[] barcodes) =>
        await BookAsync(title, itemType, HaNoi, null, barcodes);

    public async Task<Book> BookAsync(string title, string itemType, string library, decimal? price, params string[] barcodes)
    {
        await using var db = await DbAsync();
        var now = Clock.GetUtcNow().UtcDateTime;
        var record = new BibRecord { Title = title, ContentType = "book", Fingerprint = Guid.NewGuid().ToString("N"), CreatedAt = now, UpdatedAt = now, Version = 1 };
        foreach (var barcode in barcodes)
        {
            record.Items.Add(new Item { Barcode = barcode, ItemType = itemType, Library = library, Price = price, CreatedAt = now, UpdatedAt = now, Version = 1 });
        }
        db.Records.Add(record);
        await db.SaveChangesAsync();
        return new Book(record.Id, title, barcodes);
    }

    public async Task<Item> ItemAsync(string barcode)
    {
        await using var db = await DbAsync();
        return await db.Items.AsNoTracking().SingleAsync(i => i.Barcode == barcode);
    }

    public async Task<long> ReaderIdAsync(string card)
    {
        await using var db = await DbAsync();
        return await db.Readers.Where(r => r.CardNumber == card).Select(r => r.Id).SingleAsync();
    }

    public async Task<List<Fine>> FinesAsync(string card)
    {
        var id = await ReaderIdAsync(card);
        await using var db = await DbAsync();
        return await db.Fines.AsNoTracking().Where(f => f.ReaderId == id).OrderBy(f => f.Id).ToListAsync();
    }

    public async Task<List<Loan>> OpenLoansAsync(string card)
    {
        var id = await ReaderIdAsync(card);
        await using var db = await DbAsync();
        return await db.Loans.AsNoTracking().Where(l => l.ReaderId == id && l.ClosedAt == null).ToListAsync();
    }

    public async Task<Hold> HoldAsync(long id)
    {
        await using var db = await DbAsync();
        return await db.Holds.AsNoTracking().SingleAsync(h => h.Id == id);
    }

    /// <summary>Lends and asserts that the loan was made.</summary>
    public async Task<Loan> LendAsync(string card, string barcode, string library = HaNoi)
    {
        var result = await CheckOut.RunAsync(card, barcode, library);
        Assert.True(result.IsDone, $"{barcode} to {card}: {result.Refusal}");
        return result.Value!;
    }

    public async Task<CheckInReceipt> ReturnAsync(string barcode, string library = HaNoi)
    {
        var result = await CheckIn.RunAsync(barcode, library);
        Assert.True(result.IsDone, $"{barcode}: {result.Refusal}");
        return result.Value!;
    }

    public async Task<Hold> HoldForAsync(string card, Book book, string library = HaNoi)
    {
        var result = await PlaceHold.RunAsync(card, book.RecordId, library);
        Assert.True(result.IsDone, $"{book.Title} for {card}: {result.Refusal}");
        return result.Value!;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_postgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        Directory.Delete(_directory, recursive: true);
    }

    private async Task SeedAsync()
    {
        foreach (var (code, name) in new[] { ("adult", "Người lớn"), ("child", "Thiếu nhi"), ("student", "Sinh viên"), ("staff", "Cán bộ") })
        {
            Assert.True((await Readers.SaveCategoryAsync(code, name)).IsDone);
        }
        Assert.True((await Rules.SaveAsync("adult", "book", null, AdultBooks)).IsDone);
        var saigon = AdultBooks.Copy();
        saigon.LoanDays = 21;
        Assert.True((await Rules.SaveAsync("adult", "book", SaiGon, saigon)).IsDone);
        Assert.True((await Rules.SaveAsync("child", "book", null, ChildBooks)).IsDone);
        Assert.True((await Rules.SaveAsync("adult", "magazine", null, AdultMagazines)).IsDone);
    }
}
