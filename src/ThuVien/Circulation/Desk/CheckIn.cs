using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Calendar;
using ThuVien.Circulation.Holds;

namespace ThuVien.Circulation.Desk;

/// <summary>
/// Takes a copy back at any desk: closes the loan with its overdue fine (open days late beyond the grace days, capped;
/// closed days never count), then shelves the copy for the first reader waiting for the title, or makes it available.
/// </summary>
internal sealed class CheckIn(CirculationStore store, LibraryCalendar calendar, CirculationSettings settings, TimeProvider clock)
{
    public Task<CirculationResult<CheckInReceipt>> RunAsync(string itemBarcode, string library, CancellationToken cancellationToken = default) =>
        store.RunAsync(changesItems: true, async (db, ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var today = LibraryTime.Today(clock);
            var item = await db.Items.SingleOrDefaultAsync(i => i.Barcode == itemBarcode, ct);
            if (item is null)
            {
                return CirculationResult<CheckInReceipt>.Refused(RefusalReason.ItemNotFound, itemBarcode);
            }
            var loan = await db.Set<Loan>().SingleOrDefaultAsync(l => l.ItemId == item.Id && l.ClosedAt == null, ct);
            if (loan is null)
            {
                return CirculationResult<CheckInReceipt>.Refused(RefusalReason.ItemNotOnLoan, itemBarcode);
            }
            var readerId = loan.ReaderId;
            var fine = await Return.CloseAsync(db, loan, LoanEnd.Returned, calendar, today, now, ct);
            var shelvedFor = await HoldShelf.PassOnAsync(db, item, calendar, settings, today, now, ct);
            return CirculationResult<CheckInReceipt>.Done(new CheckInReceipt(loan, readerId, fine, shelvedFor, library));
        }, cancellationToken);
}
