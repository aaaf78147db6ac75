using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Calendar;
using ThuVien.Circulation.Desk;

namespace ThuVien.Circulation.Fines;

/// <summary>
/// The daily run for overdue loans: each open overdue loan's fine is set to what it comes to today, so the reader's
/// block for fines over the limit holds before the item comes back. Set, never added: a second run the same day
/// changes nothing.
/// </summary>
internal sealed class AccrueFines(CirculationStore store, LibraryCalendar calendar, TimeProvider clock)
{
    /// <summary>The number of fines created or changed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var result = await store.RunAsync(changesItems: false, async (db, ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var today = LibraryTime.Today(clock);
            var overdue = await db.Set<Loan>().Where(l => l.ClosedAt == null && l.DueOn < today).ToListAsync(ct);
            var changed = 0;
            foreach (var loan in overdue)
            {
                if (await OverdueFines.SetAsync(db, loan, loan.FineOn(calendar, today), today, now, ct))
                {
                    changed++;
                }
            }
            return CirculationResult<int>.Done(changed);
        }, cancellationToken);
        return result.Value;
    }
}
