using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Circulation.Calendar;
using ThuVien.Storage;

namespace ThuVien.Circulation.Holds;

/// <summary>Where a copy goes when it becomes free: to the hold shelf for the first reader waiting for its title,
/// else back to the open shelves.</summary>
internal static class HoldShelf
{
    public const string HoldReadyKey = "circulation.notice.hold-ready";
    public const string HoldExpiredKey = "circulation.notice.hold-expired";

    /// <summary>Shelves the copy for the next waiting hold (returned), or makes it available (null). Call inside a
    /// transaction that holds the change-log lock.</summary>
    public static async Task<Hold?> PassOnAsync(
        ThuVienDb db, Item item, LibraryCalendar calendar, CirculationSettings settings, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var next = await db.Set<Hold>()
            .Where(h => h.RecordId == item.RecordId && h.Status == HoldStatus.Waiting)
            .OrderBy(h => h.PlacedAt).ThenBy(h => h.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            ItemWrites.SetStatus(db, item, ItemStatus.Available, now);
            return null;
        }
        next.Status = HoldStatus.OnShelf;
        next.ItemId = item.Id;
        next.ShelvedOn = today;
        next.PickupBy = PickupBy(calendar, today, settings.HoldPickupOpenDays);
        next.Version++;
        ItemWrites.SetStatus(db, item, ItemStatus.OnHoldShelf, now);
        db.Set<Notification>().Add(new Notification
        {
            ReaderId = next.ReaderId,
            Kind = NotificationKind.HoldReady,
            TextKey = HoldReadyKey,
            RecordId = item.RecordId,
            CreatedAt = now,
        });
        return next;
    }

    /// <summary>The <paramref name="openDays"/>-th open day after today: the reader gets that many days the library
    /// is open to come, whatever holidays fall between.</summary>
    public static DateOnly PickupBy(LibraryCalendar calendar, DateOnly today, int openDays)
    {
        var day = today;
        for (var counted = 0; counted < Math.Max(1, openDays); counted++)
        {
            day = calendar.NextOpenDay(day.AddDays(1));
        }
        return day;
    }
}
