using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThuVien.Circulation.Rules;

/// <summary>How <see cref="LoanTerms"/> become columns, the same in the rules table and the loans table.</summary>
internal static class LoanTermsColumns
{
    public static void Map(ComplexPropertyBuilder<LoanTerms> terms)
    {
        terms.Property(t => t.RuleId).HasColumnName("RuleId");
        terms.Property(t => t.LoanDays).HasColumnName("LoanDays");
        terms.Property(t => t.Renewals).HasColumnName("Renewals");
        terms.Property(t => t.MaxItems).HasColumnName("MaxItems");
        terms.Property(t => t.FinePerDay).HasColumnName("FinePerDay").HasPrecision(14, 2);
        terms.Property(t => t.MaxFine).HasColumnName("MaxFine").HasPrecision(14, 2);
        terms.Property(t => t.GraceDays).HasColumnName("GraceDays");
        terms.Property(t => t.HoldsAllowed).HasColumnName("HoldsAllowed");
    }
}
