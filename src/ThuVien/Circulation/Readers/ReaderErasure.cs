using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Calendar;
using ThuVien.Circulation.Desk;
using ThuVien.Circulation.Fines;
using ThuVien.Circulation.Holds;

namespace ThuVien.Circulation.Readers;

/// <summary>
/// Erases a reader (Decree 13/2023, the right to deletion): refused while a loan is open or a fine unpaid, since the
/// library still has a claim. Otherwise closed loans, settled fines and payments keep their figures without the
/// reader; holds and notifications go with the card, and a copy waiting on the hold shelf passes to the next reader.
/// </summary>
internal sealed class ReaderErasure(CirculationStore store, LibraryCalendar calendar, CirculationSettings settings, TimeProvider clock)
{
    public Task<CirculationResult<string>> RunAsync(string cardNumber, CancellationToken cancellationToken = default) =>
        store.RunAsync(changesItems: true, async (db, ct) =>
        {
            var reader = await db.Set<Reader>().SingleOrDefaultAsync(r => r.CardNumber == cardNumber, ct);
            if (reader is null)
            {
                return CirculationResult<string>.Refused(RefusalReason.ReaderNotFound, cardNumber);
            }
            var open = await db.Set<Loan>().CountAsync(l => l.ReaderId == reader.Id && l.ClosedAt == null, ct);
            if (open > 0)
            {
                return CirculationResult<string>.Refused(RefusalReason.OpenLoans, $"{open} items on loan");
            }
            var owed = await ReaderStanding.FinesOwedAsync(db, reader.Id, ct);
            if (owed > 0m)
            {
                return CirculationResult<string>.Refused(RefusalReason.UnpaidFines, $"{owed:0.##} owed");
            }
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Set<Loan>().Where(l => l.ReaderId == reader.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.ReaderId, (long?)null), ct);
            await db.Set<Fine>().Where(f => f.ReaderId == reader.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.ReaderId, (long?)null), ct);
            await db.Set<Payment>().Where(p => p.ReaderId == reader.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ReaderId, (long?)null), ct);
            var shelved = await db.Set<Hold>().Where(h => h.ReaderId == reader.Id && h.Status == HoldStatus.OnShelf && h.ItemId != null)
                .Select(h => h.ItemId!.Value).ToListAsync(ct);
            await db.Set<Hold>().Where(h => h.ReaderId == reader.Id).ExecuteDeleteAsync(ct);
            await db.Set<Notification>().Where(n => n.ReaderId == reader.Id).ExecuteDeleteAsync(ct);
            db.Set<Reader>().Remove(reader);
            await db.SaveChangesAsync(ct);
            foreach (var item in await db.Items.Where(i => shelved.Contains(i.Id)).ToListAsync(ct))
            {
                await HoldShelf.PassOnAsync(db, item, calendar, settings, LibraryTime.Today(clock), now, ct);
            }
            return CirculationResult<string>.Done(cardNumber);
        }, cancellationToken);
}
