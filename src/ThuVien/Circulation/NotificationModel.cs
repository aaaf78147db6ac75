using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThuVien.Circulation.Readers;

namespace ThuVien.Circulation;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("notifications");
        notification.HasKey(n => n.Id);
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        notification.Property(n => n.TextKey).HasMaxLength(100);
        notification.HasIndex(n => new { n.ReaderId, n.CreatedAt });
        notification.HasIndex(n => n.SentAt);
        notification.HasOne<Reader>().WithMany().HasForeignKey(n => n.ReaderId).OnDelete(DeleteBehavior.Cascade);
    }
}
