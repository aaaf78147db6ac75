using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Calendar;
using ThuVien.Circulation.Holds;
using ThuVien.Circulation.Readers;

namespace ThuVien.Circulation.Desk;

/// <summary>
/// Extends a loan by its own rule's period counted from today (never shortening it). Refused when someone waits for
/// the title, when the renewals are used up, when the reader is blocked (card, manual block, fines), and when the loan
/// is late by more open days than its grace days: a loan within its grace may still be renewed, and so owes nothing.
/// Other overdue loans of the reader do not refuse a renewal of this one.
/// </summary>
internal sealed class Renew(CirculationStore store, LibraryCalendar calendar, CirculationSettings settings, TimeProvider clock)
{
    public Task<CirculationResult<Loan>> RunAsync(string itemBarcode, CancellationToken cancellationToken = default) =>
        store.RunAsync(changesItems: false, async (db, ct) =>
        {
            var today = LibraryTime.Today(clock);
            var loan = await (from l in db.Set<Loan>()
                              join i in db.Items on l.ItemId equals i.Id
                              where i.Barcode == itemBarcode && l.ClosedAt == null
                              select l).SingleOrDefaultAsync(ct);
            if (loan?.ReaderId is not { } readerId)
            {
                return CirculationResult<Loan>.Refused(RefusalReason.ItemNotOnLoan, itemBarcode);
            }
            var reader = await db.Set<Reader>().SingleAsync(r => r.Id == readerId, ct);
            var standing = await ReaderStanding.OfAsync(db, reader, today, settings, ct);
            if (standing.Refusal(countOverdue: false) is { } blocked)
            {
                return new CirculationResult<Loan>(null, blocked);
            }
            var waiting = await db.Set<Hold>().CountAsync(h => h.RecordId == loan.RecordId && h.Status == HoldStatus.Waiting && h.ReaderId != readerId, ct);
            if (waiting > 0)
            {
                return CirculationResult<Loan>.Refused(RefusalReason.HoldsWaiting, $"{waiting} waiting");
            }
            if (loan.RenewalsUsed >= loan.Terms.Renewals)
            {
                return CirculationResult<Loan>.Refused(RefusalReason.RenewalsUsedUp, $"{loan.RenewalsUsed} of {loan.Terms.Renewals}");
            }
            var late = loan.OpenDaysLate(calendar, today);
            if (late > loan.Terms.GraceDays)
            {
                return CirculationResult<Loan>.Refused(RefusalReason.OverdueBeyondGrace, $"{late} open days late, grace {loan.Terms.GraceDays}");
            }
            var due = calendar.DueDate(today, loan.Terms.LoanDays);
            loan.DueOn = due > loan.DueOn ? due : loan.DueOn;
            loan.RenewalsUsed++;
            loan.Version++;
            return CirculationResult<Loan>.Done(loan);
        }, cancellationToken);
}
