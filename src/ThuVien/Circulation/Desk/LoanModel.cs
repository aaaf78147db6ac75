using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThuVien.Circulation.Readers;
using ThuVien.Circulation.Rules;

namespace ThuVien.Circulation.Desk;

internal sealed class LoanConfiguration : IEntityTypeConfiguration<Loan>
{
    public void Configure(EntityTypeBuilder<Loan> loan)
    {
        loan.ToTable("loans");
        loan.HasKey(l => l.Id);
        loan.Ignore(l => l.IsOpen);
        loan.Property(l => l.ItemType).HasMaxLength(50);
        loan.Property(l => l.Library).HasMaxLength(50);
        loan.Property(l => l.End).HasConversion<string>().HasMaxLength(20);
        loan.Property(l => l.OverdueFine).HasPrecision(14, 2);
        loan.Property(l => l.Version).IsConcurrencyToken();
        loan.ComplexProperty(l => l.Terms, LoanTermsColumns.Map);
        // The database itself refuses a second open loan of one item, whatever two desks decided at once.
        loan.HasIndex(l => l.ItemId).IsUnique().HasFilter("\"ClosedAt\" IS NULL").HasDatabaseName("IX_loans_open_item");
        loan.HasIndex(l => new { l.ReaderId, l.ClosedAt });
        loan.HasIndex(l => l.DueOn);
        // No key to items: the history of a loan outlives a withdrawn and deleted copy.
        loan.HasOne<Reader>().WithMany().HasForeignKey(l => l.ReaderId).OnDelete(DeleteBehavior.Restrict);
    }
}
