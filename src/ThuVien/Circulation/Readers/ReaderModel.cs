using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThuVien.Circulation.Readers;

internal sealed class ReaderConfiguration : IEntityTypeConfiguration<Reader>
{
    public void Configure(EntityTypeBuilder<Reader> reader)
    {
        reader.ToTable("readers");
        reader.HasKey(r => r.Id);
        reader.Property(r => r.CardNumber).HasMaxLength(50);
        reader.HasIndex(r => r.CardNumber).IsUnique();
        reader.Property(r => r.Name).HasMaxLength(200);
        reader.Property(r => r.NationalId).HasMaxLength(12);
        reader.HasIndex(r => r.NationalId);
        reader.Property(r => r.Category).HasMaxLength(50);
        reader.Property(r => r.HomeLibrary).HasMaxLength(50);
        reader.Property(r => r.Email).HasMaxLength(254);
        reader.Property(r => r.Phone).HasMaxLength(10);
        reader.Property(r => r.Address).HasMaxLength(500);
        reader.Property(r => r.Notes).HasMaxLength(2000);
        reader.Property(r => r.ManualBlock).HasMaxLength(500);
        reader.Property(r => r.Version).IsConcurrencyToken();
        reader.HasOne<ReaderCategory>().WithMany().HasForeignKey(r => r.Category).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReaderCategoryConfiguration : IEntityTypeConfiguration<ReaderCategory>
{
    public void Configure(EntityTypeBuilder<ReaderCategory> category)
    {
        category.ToTable("reader_categories");
        category.HasKey(c => c.Code);
        category.Property(c => c.Code).HasMaxLength(50);
        category.Property(c => c.Name).HasMaxLength(200);
    }
}
