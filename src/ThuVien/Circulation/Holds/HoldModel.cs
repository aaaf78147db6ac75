using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThuVien.Circulation.Readers;

namespace ThuVien.Circulation.Holds;

internal sealed class HoldConfiguration : IEntityTypeConfiguration<Hold>
{
    public void Configure(EntityTypeBuilder<Hold> hold)
    {
        hold.ToTable("holds");
        hold.HasKey(h => h.Id);
        hold.Ignore(h => h.IsActive);
        hold.Property(h => h.PickupLibrary).HasMaxLength(50);
        hold.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        hold.Property(h => h.CancelledBy).HasConversion<string>().HasMaxLength(20);
        hold.Property(h => h.Version).IsConcurrencyToken();
        hold.HasIndex(h => new { h.RecordId, h.Status, h.PlacedAt });
        hold.HasIndex(h => new { h.ReaderId, h.Status });
        hold.HasIndex(h => h.ItemId);
        hold.HasOne<Reader>().WithMany().HasForeignKey(h => h.ReaderId).OnDelete(DeleteBehavior.Cascade);
    }
}
