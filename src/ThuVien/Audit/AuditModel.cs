using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThuVien.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_log");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.AccountName).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(20);
        entry.Property(e => e.EntityType).HasMaxLength(40);
        entry.HasIndex(e => new { e.EntityType, e.EntityId });
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => e.AccountId);
    }
}
