using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThuVien.Catalog;

internal sealed class BibRecordConfiguration : IEntityTypeConfiguration<BibRecord>
{
    public void Configure(EntityTypeBuilder<BibRecord> record)
    {
        record.ToTable("records");
        record.HasKey(r => r.Id);
        record.Property(r => r.Marc).IsRequired();
        record.Property(r => r.Title).HasMaxLength(2000);
        record.Property(r => r.MainAuthor).HasMaxLength(500);
        record.Property(r => r.Isbns).HasMaxLength(1000);
        record.Property(r => r.Issn).HasMaxLength(9);
        record.Property(r => r.Language).HasMaxLength(3);
        record.Property(r => r.ContentType).HasMaxLength(40);
        record.Property(r => r.ControlNumber).HasMaxLength(200);
        record.Property(r => r.ControlNumberSource).HasMaxLength(200);
        record.Property(r => r.Fingerprint).HasMaxLength(64);
        record.Property(r => r.Version).IsConcurrencyToken();
        record.HasIndex(r => r.UpdatedAt);
        record.HasIndex(r => r.Title);
        record.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RecordId).OnDelete(DeleteBehavior.Cascade);
        record.HasMany(r => r.Keys).WithOne().HasForeignKey(k => k.RecordId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecordKeyConfiguration : IEntityTypeConfiguration<RecordKey>
{
    public void Configure(EntityTypeBuilder<RecordKey> key)
    {
        key.ToTable("record_keys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Value).HasMaxLength(200);
        // Value first: the import looks keys up by value (WHERE "Value" IN (…)) and filters the kind in memory.
        key.HasIndex(k => new { k.Value, k.Kind });
        key.HasIndex(k => k.RecordId);
    }
}

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> item)
    {
        item.ToTable("items");
        item.HasKey(i => i.Id);
        item.Property(i => i.Barcode).HasMaxLength(50);
        item.HasIndex(i => i.Barcode).IsUnique();
        item.HasIndex(i => i.RecordId);
        item.Property(i => i.CallNumber).HasMaxLength(200);
        item.Property(i => i.Library).HasMaxLength(50);
        item.Property(i => i.Location).HasMaxLength(100);
        item.Property(i => i.ItemType).HasMaxLength(50);
        item.Property(i => i.Notes).HasMaxLength(2000);
        item.Property(i => i.Price).HasPrecision(14, 2);
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.Version).IsConcurrencyToken();
    }
}

internal sealed class ChangeConfiguration : IEntityTypeConfiguration<Change>
{
    public void Configure(EntityTypeBuilder<Change> change)
    {
        change.ToTable("changes");
        change.HasKey(c => c.Sequence);
        change.Property(c => c.Sequence).ValueGeneratedOnAdd();
        change.Property(c => c.Operation).HasConversion<string>().HasMaxLength(10);
        // RecordId then Sequence: a record's changes in order, so "is there a later change of this record?"
        // (the OAI-PMH provider lists each record at its latest change) is one index seek.
        change.HasIndex(c => new { c.RecordId, c.Sequence });
        change.HasIndex(c => c.At);
    }
}

internal sealed class NodeIdentityConfiguration : IEntityTypeConfiguration<NodeIdentity>
{
    public void Configure(EntityTypeBuilder<NodeIdentity> node)
    {
        node.ToTable("node");
        node.HasKey(n => n.Id);
        node.Property(n => n.Id).ValueGeneratedNever();
        node.Property(n => n.LibraryCode).HasMaxLength(50);
        node.Property(n => n.Name).HasMaxLength(300);
        node.Property(n => n.BaseUrl).HasMaxLength(500);
        node.Property(n => n.Role).HasConversion<string>().HasMaxLength(20);
    }
}
