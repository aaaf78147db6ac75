using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Desk;
using ThuVien.Storage;

namespace ThuVien.Circulation.Fines;

/// <summary>The one overdue fine of a loan, set (never added to) so that computing it again changes nothing.</summary>
internal static class OverdueFines
{
    /// <summary>Sets the loan's overdue fine to <paramref name="amount"/>; returns whether anything changed.</summary>
    public static async Task<bool> SetAsync(ThuVienDb db, Loan loan, decimal amount, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var fine = await db.Set<Fine>().SingleOrDefaultAsync(f => f.LoanId == loan.Id && f.Kind == FineKind.Overdue, cancellationToken);
        if (fine is null)
        {
            if (amount <= 0m)
            {
                return false;
            }
            db.Set<Fine>().Add(new Fine
            {
                ReaderId = loan.ReaderId,
                LoanId = loan.Id,
                ItemId = loan.ItemId,
                Kind = FineKind.Overdue,
                Amount = amount,
                CreatedAt = now,
                UpdatedAt = now,
                AccruedOn = today,
                Version = 1,
            });
            return true;
        }
        // A payment or waiver already taken is never undone by a smaller figure.
        var target = Math.Max(amount, fine.Paid + fine.Waived);
        if (fine.Amount == target)
        {
            return false;
        }
        fine.Amount = target;
        fine.AccruedOn = today;
        fine.UpdatedAt = now;
        fine.Version++;
        return true;
    }
}
