using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Circulation.Calendar;
using ThuVien.Circulation.Desk;
using ThuVien.Storage;

namespace ThuVien.Circulation.Fines;

/// <summary>
/// Copies that do not come back whole. A lost loan closes with its overdue fine so far, and the reader is charged the
/// item's price (or the default price when it has none) and the processing fee. A damaged copy on loan is taken back
/// with the charge staff set; either way the copy leaves circulation with the status Lost or Damaged.
/// </summary>
internal sealed class LostAndDamaged(CirculationStore store, LibraryCalendar calendar, CirculationSettings settings, TimeProvider clock)
{
    public Task<CirculationResult<IReadOnlyList<Fine>>> DeclareLostAsync(string itemBarcode, CancellationToken cancellationToken = default) =>
        store.RunAsync(changesItems: true, async (db, ct) =>
        {
            var (item, loan) = await FindAsync(db, itemBarcode, ct);
            if (item is null || loan is null)
            {
                return CirculationResult<IReadOnlyList<Fine>>.Refused(item is null ? RefusalReason.ItemNotFound : RefusalReason.ItemNotOnLoan, itemBarcode);
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var readerId = loan.ReaderId;
            await Return.CloseAsync(db, loan, LoanEnd.Lost, calendar, LibraryTime.Today(clock), now, ct);
            ItemWrites.SetStatus(db, item, ItemStatus.Lost, now);
            var fines = new List<Fine> { Charge(db, readerId, loan, FineKind.Lost, item.Price ?? settings.LostDefaultPrice, now) };
            if (settings.LostProcessingFee > 0m)
            {
                fines.Add(Charge(db, readerId, loan, FineKind.Processing, settings.LostProcessingFee, now));
            }
            return CirculationResult<IReadOnlyList<Fine>>.Done(fines);
        }, cancellationToken);

    /// <summary>Marks the copy damaged; when it is on loan, takes it back and charges the reader
    /// <paramref name="charge"/> (nothing when 0). The returned fine is null when nobody is charged.</summary>
    public Task<CirculationResult<Fine?>> DeclareDamagedAsync(string itemBarcode, decimal charge, CancellationToken cancellationToken = default) =>
        store.RunAsync(changesItems: true, async (db, ct) =>
        {
            if (charge < 0m)
            {
                return CirculationResult<Fine?>.Refused(RefusalReason.AmountInvalid, "a charge cannot be negative");
            }
            var (item, loan) = await FindAsync(db, itemBarcode, ct);
            if (item is null)
            {
                return CirculationResult<Fine?>.Refused(RefusalReason.ItemNotFound, itemBarcode);
            }
            var now = clock.GetUtcNow().UtcDateTime;
            Fine? fine = null;
            if (loan is not null)
            {
                var readerId = loan.ReaderId;
                await Return.CloseAsync(db, loan, LoanEnd.Returned, calendar, LibraryTime.Today(clock), now, ct);
                if (charge > 0m)
                {
                    fine = Charge(db, readerId, loan, FineKind.Damaged, charge, now);
                }
            }
            ItemWrites.SetStatus(db, item, ItemStatus.Damaged, now);
            return CirculationResult<Fine?>.Done(fine);
        }, cancellationToken);

    private static async Task<(Item? Item, Loan? Loan)> FindAsync(ThuVienDb db, string itemBarcode, CancellationToken ct)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Barcode == itemBarcode, ct);
        var loan = item is null ? null : await db.Set<Loan>().SingleOrDefaultAsync(l => l.ItemId == item.Id && l.ClosedAt == null, ct);
        return (item, loan);
    }

    private static Fine Charge(ThuVienDb db, long? readerId, Loan loan, FineKind kind, decimal amount, DateTime now)
    {
        var fine = new Fine
        {
            ReaderId = readerId,
            LoanId = loan.Id,
            ItemId = loan.ItemId,
            Kind = kind,
            Amount = amount,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        db.Set<Fine>().Add(fine);
        return fine;
    }
}
