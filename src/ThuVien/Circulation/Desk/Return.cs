using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Calendar;
using ThuVien.Circulation.Fines;
using ThuVien.Circulation.Readers;
using ThuVien.Storage;

namespace ThuVien.Circulation.Desk;

/// <summary>Closing a loan, shared by check-in, lost and damaged: the final overdue fine and, without the reader's
/// consent to keep the history, forgetting who borrowed.</summary>
internal static class Return
{
    public static async Task<decimal> CloseAsync(
        ThuVienDb db, Loan loan, LoanEnd end, LibraryCalendar calendar, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var fine = loan.FineOn(calendar, today);
        loan.ClosedAt = now;
        loan.ClosedOn = today;
        loan.End = end;
        loan.OverdueFine = fine;
        loan.Version++;
        await OverdueFines.SetAsync(db, loan, fine, today, now, cancellationToken);
        var keeps = loan.ReaderId is { } readerId
            && await db.Set<Reader>().Where(r => r.Id == readerId).Select(r => r.KeepsLoanHistory).SingleOrDefaultAsync(cancellationToken);
        if (!keeps)
        {
            loan.ReaderId = null;
        }
        return fine;
    }
}
