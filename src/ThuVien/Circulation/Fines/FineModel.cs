using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThuVien.Circulation.Fines;

internal sealed class FineConfiguration : IEntityTypeConfiguration<Fine>
{
    public void Configure(EntityTypeBuilder<Fine> fine)
    {
        fine.ToTable("fines");
        fine.HasKey(f => f.Id);
        fine.Ignore(f => f.Outstanding);
        fine.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        fine.Property(f => f.Amount).HasPrecision(14, 2);
        fine.Property(f => f.Paid).HasPrecision(14, 2);
        fine.Property(f => f.Waived).HasPrecision(14, 2);
        fine.Property(f => f.WaiverReason).HasMaxLength(500);
        fine.Property(f => f.Version).IsConcurrencyToken();
        fine.HasIndex(f => f.ReaderId);
        fine.HasIndex(f => new { f.LoanId, f.Kind });
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.ToTable("payments");
        payment.HasKey(p => p.Id);
        payment.Property(p => p.Amount).HasPrecision(14, 2);
        payment.Property(p => p.ReceiptNumber).HasMaxLength(40);
        payment.HasIndex(p => p.ReceiptNumber).IsUnique();
        payment.Property(p => p.Library).HasMaxLength(50);
        payment.HasIndex(p => p.FineId);
        payment.HasIndex(p => p.ReaderId);
        payment.HasOne<Fine>().WithMany().HasForeignKey(p => p.FineId).OnDelete(DeleteBehavior.Restrict);
    }
}
