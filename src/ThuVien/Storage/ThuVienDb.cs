using Microsoft.EntityFrameworkCore;
using ThuVien.Accounts;
using ThuVien.Audit;
using ThuVien.Catalog;
using ThuVien.Circulation;
using ThuVien.Circulation.Desk;
using ThuVien.Circulation.Fines;
using ThuVien.Circulation.Holds;
using ThuVien.Circulation.Readers;
using ThuVien.Circulation.Rules;

namespace ThuVien.Storage;

/// <summary>
/// The node's one database: the source of truth. Each part keeps its entity configurations beside
/// its entities; this context only gathers them. Providers (SQLite, PostgreSQL) differ only in their
/// migrations assembly and quirks.
/// </summary>
internal sealed class ThuVienDb(DbContextOptions<ThuVienDb> options) : DbContext(options)
{
    public DbSet<BibRecord> Records => Set<BibRecord>();

    public DbSet<RecordKey> RecordKeys => Set<RecordKey>();

    public DbSet<Item> Items => Set<Item>();

    public DbSet<Change> Changes => Set<Change>();

    public DbSet<NodeIdentity> Node => Set<NodeIdentity>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    public DbSet<SetupCode> SetupCodes => Set<SetupCode>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<Reader> Readers => Set<Reader>();

    public DbSet<ReaderCategory> ReaderCategories => Set<ReaderCategory>();

    public DbSet<LoanRule> LoanRules => Set<LoanRule>();

    public DbSet<Loan> Loans => Set<Loan>();

    public DbSet<Hold> Holds => Set<Hold>();

    public DbSet<Fine> Fines => Set<Fine>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>Every time is stored in UTC; SQLite forgets the kind, so reading marks it UTC again.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ThuVienDb).Assembly);
}
