using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Calendar;

namespace ThuVien.Circulation.Holds;

/// <summary>Cancels a hold, by the reader or by staff; a copy waiting on the shelf for it passes to the next reader.</summary>
internal sealed class CancelHold(CirculationStore store, LibraryCalendar calendar, CirculationSettings settings, TimeProvider clock)
{
    public Task<CirculationResult<Hold>> RunAsync(long holdId, HoldCanceller by, CancellationToken cancellationToken = default) =>
        store.RunAsync(changesItems: true, async (db, ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var hold = await db.Set<Hold>().SingleOrDefaultAsync(h => h.Id == holdId, ct);
            if (hold is null)
            {
                return CirculationResult<Hold>.Refused(RefusalReason.HoldNotFound, holdId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            if (!hold.IsActive)
            {
                return CirculationResult<Hold>.Refused(RefusalReason.HoldClosed, hold.Status.ToString());
            }
            var shelved = hold.Status == HoldStatus.OnShelf ? hold.ItemId : null;
            hold.Status = HoldStatus.Cancelled;
            hold.CancelledBy = by;
            hold.ClosedAt = now;
            hold.Version++;
            if (shelved is { } itemId)
            {
                // Saved first so that the queue the copy passes along no longer holds this hold.
                await db.SaveChangesAsync(ct);
                var item = await db.Items.SingleAsync(i => i.Id == itemId, ct);
                await HoldShelf.PassOnAsync(db, item, calendar, settings, LibraryTime.Today(clock), now, ct);
            }
            return CirculationResult<Hold>.Done(hold);
        }, cancellationToken);
}
