using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThuVien.Circulation.Readers;

namespace ThuVien.Circulation.Rules;

internal sealed class LoanRuleConfiguration : IEntityTypeConfiguration<LoanRule>
{
    public void Configure(EntityTypeBuilder<LoanRule> rule)
    {
        rule.ToTable("loan_rules");
        rule.HasKey(r => r.Id);
        rule.Property(r => r.ReaderCategory).HasMaxLength(50);
        rule.Property(r => r.ItemType).HasMaxLength(50);
        rule.Property(r => r.Library).HasMaxLength(50);
        rule.HasIndex(r => new { r.ReaderCategory, r.ItemType, r.Library }).IsUnique();
        rule.HasOne<ReaderCategory>().WithMany().HasForeignKey(r => r.ReaderCategory).OnDelete(DeleteBehavior.Cascade);
        rule.ComplexProperty(r => r.Terms, LoanTermsColumns.Map);
    }
}
