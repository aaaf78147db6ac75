using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThuVien.Network.Oai;

internal sealed class OaiSecretConfiguration : IEntityTypeConfiguration<OaiSecret>
{
    public void Configure(EntityTypeBuilder<OaiSecret> secret)
    {
        secret.ToTable("oai_secret");
        secret.HasKey(s => s.Id);
        secret.Property(s => s.Id).ValueGeneratedNever();
        secret.Property(s => s.Key).IsRequired();
    }
}
