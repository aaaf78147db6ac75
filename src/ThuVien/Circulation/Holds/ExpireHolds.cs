using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Calendar;

namespace ThuVien.Circulation.Holds;

/// <summary>
/// The daily run for the hold shelf: a copy not collected by its pickup day passes to the next reader in the queue,
/// or back to the shelves. Running it again the same day finds nothing more to do.
/// </summary>
internal sealed class ExpireHolds(CirculationStore store, LibraryCalendar calendar, CirculationSettings settings, TimeProvider clock)
{
    /// <summary>The number of holds that expired.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var result = await store.RunAsync(changesItems: true, async (db, ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var today = LibraryTime.Today(clock);
            var expired = await db.Set<Hold>().Where(h => h.Status == HoldStatus.OnShelf && h.PickupBy < today)
                .OrderBy(h => h.PickupBy).ThenBy(h => h.Id).ToListAsync(ct);
            foreach (var hold in expired)
            {
                hold.Status = HoldStatus.Expired;
                hold.ClosedAt = now;
                hold.Version++;
                db.Set<Notification>().Add(new Notification
                {
                    ReaderId = hold.ReaderId,
                    Kind = NotificationKind.HoldExpired,
                    TextKey = HoldShelf.HoldExpiredKey,
                    RecordId = hold.RecordId,
                    CreatedAt = now,
                });
                await db.SaveChangesAsync(ct);
                if (hold.ItemId is { } itemId && await db.Items.SingleOrDefaultAsync(i => i.Id == itemId, ct) is { } item)
                {
                    await HoldShelf.PassOnAsync(db, item, calendar, settings, today, now, ct);
                }
            }
            return CirculationResult<int>.Done(expired.Count);
        }, cancellationToken);
        return result.Value;
    }
}
