using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Circulation.Rules;

/// <summary>Which rule applies: the one for the library if there is one, else the general one.</summary>
internal static class LoanRules
{
    public static async Task<LoanRule?> FindAsync(ThuVienDb db, string category, string? itemType, string? library, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(itemType))
        {
            return null;
        }
        var candidates = await db.Set<LoanRule>().AsNoTracking()
            .Where(r => r.ReaderCategory == category && r.ItemType == itemType && (r.Library == null || r.Library == library))
            .ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(r => r.Library is not null) ?? candidates.FirstOrDefault();
    }
}
