using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Calendar;
using ThuVien.Circulation.Desk;
using ThuVien.Circulation.Readers;
using ThuVien.Circulation.Rules;

namespace ThuVien.Circulation.Holds;

/// <summary>
/// Puts a reader in the queue for a title. Refused when the reader is blocked (as for a loan), already has the title
/// on loan or already holds it, and when no rule for the reader's category and the title's item types at the pickup
/// library allows holds.
/// </summary>
internal sealed class PlaceHold(CirculationStore store, CirculationSettings settings, TimeProvider clock)
{
    public Task<CirculationResult<Hold>> RunAsync(string cardNumber, long recordId, string pickupLibrary, CancellationToken cancellationToken = default) =>
        store.RunAsync(changesItems: false, async (db, ct) =>
        {
            var today = LibraryTime.Today(clock);
            var reader = await db.Set<Reader>().SingleOrDefaultAsync(r => r.CardNumber == cardNumber, ct);
            if (reader is null)
            {
                return CirculationResult<Hold>.Refused(RefusalReason.ReaderNotFound, cardNumber);
            }
            if (!await db.Records.AnyAsync(r => r.Id == recordId && !r.Deleted, ct))
            {
                return CirculationResult<Hold>.Refused(RefusalReason.RecordNotFound, recordId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            var standing = await ReaderStanding.OfAsync(db, reader, today, settings, ct);
            if (standing.Refusal() is { } blocked)
            {
                return new CirculationResult<Hold>(null, blocked);
            }
            if (await db.Set<Loan>().AnyAsync(l => l.ReaderId == reader.Id && l.RecordId == recordId && l.ClosedAt == null, ct))
            {
                return CirculationResult<Hold>.Refused(RefusalReason.AlreadyOnLoanToReader, cardNumber);
            }
            if (await db.Set<Hold>().AnyAsync(h => h.ReaderId == reader.Id && h.RecordId == recordId
                && (h.Status == HoldStatus.Waiting || h.Status == HoldStatus.OnShelf), ct))
            {
                return CirculationResult<Hold>.Refused(RefusalReason.AlreadyHeld, cardNumber);
            }
            var itemTypes = await db.Items.Where(i => i.RecordId == recordId && i.ItemType != null).Select(i => i.ItemType!).Distinct().ToListAsync(ct);
            var allowed = false;
            foreach (var itemType in itemTypes)
            {
                allowed |= (await LoanRules.FindAsync(db, reader.Category, itemType, pickupLibrary, ct))?.Terms.HoldsAllowed == true;
            }
            if (!allowed)
            {
                return CirculationResult<Hold>.Refused(RefusalReason.HoldsNotAllowed, $"{reader.Category}: {string.Join(", ", itemTypes)}");
            }
            var hold = new Hold
            {
                RecordId = recordId,
                ReaderId = reader.Id,
                PickupLibrary = pickupLibrary,
                PlacedAt = clock.GetUtcNow().UtcDateTime,
                Version = 1,
            };
            db.Set<Hold>().Add(hold);
            // Two holds placed at once by the same reader: the second save fails on this stamp and finds the first.
            reader.Version++;
            return CirculationResult<Hold>.Done(hold);
        }, cancellationToken);
}
