using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Circulation.Calendar;
using ThuVien.Circulation.Holds;
using ThuVien.Circulation.Readers;
using ThuVien.Circulation.Rules;

namespace ThuVien.Circulation.Desk;

/// <summary>
/// Lends a copy to a reader at a library's desk. The rule is the one for the reader's category and the item type at
/// the lending library; the due date is that many days from today, moved on to an open day. The reader's loans of
/// the same item type count towards the rule's maximum.
/// </summary>
internal sealed class CheckOut(CirculationStore store, LibraryCalendar calendar, CirculationSettings settings, TimeProvider clock)
{
    public Task<CirculationResult<Loan>> RunAsync(string cardNumber, string itemBarcode, string library, CancellationToken cancellationToken = default) =>
        store.RunAsync(changesItems: true, async (db, ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var today = LibraryTime.Today(clock);
            var reader = await db.Set<Reader>().SingleOrDefaultAsync(r => r.CardNumber == cardNumber, ct);
            if (reader is null)
            {
                return CirculationResult<Loan>.Refused(RefusalReason.ReaderNotFound, cardNumber);
            }
            var item = await db.Items.SingleOrDefaultAsync(i => i.Barcode == itemBarcode, ct);
            if (item is null)
            {
                return CirculationResult<Loan>.Refused(RefusalReason.ItemNotFound, itemBarcode);
            }
            var standing = await ReaderStanding.OfAsync(db, reader, today, settings, ct);
            if (standing.Refusal() is { } blocked)
            {
                return new CirculationResult<Loan>(null, blocked);
            }

            Hold? collecting = null;
            switch (item.Status)
            {
                case ItemStatus.OnLoan:
                    return CirculationResult<Loan>.Refused(RefusalReason.ItemAlreadyOnLoan, itemBarcode);
                case ItemStatus.OnHoldShelf:
                    collecting = await db.Set<Hold>().SingleOrDefaultAsync(h => h.ItemId == item.Id && h.Status == HoldStatus.OnShelf, ct);
                    if (collecting is not null && collecting.ReaderId != reader.Id)
                    {
                        return CirculationResult<Loan>.Refused(RefusalReason.ItemOnHoldForAnother, itemBarcode);
                    }
                    break;
                case ItemStatus.Available:
                    break;
                default:
                    return CirculationResult<Loan>.Refused(RefusalReason.ItemNotLoanable, $"{itemBarcode} is {item.Status}");
            }

            var rule = await LoanRules.FindAsync(db, reader.Category, item.ItemType, library, ct);
            if (rule is null || rule.Terms.LoanDays <= 0 || rule.Terms.MaxItems <= 0)
            {
                return CirculationResult<Loan>.Refused(RefusalReason.ItemNotLoanable, $"no loans of {item.ItemType ?? "untyped items"} to {reader.Category}");
            }
            var itemType = item.ItemType!;
            var onLoan = await db.Set<Loan>().CountAsync(l => l.ReaderId == reader.Id && l.ClosedAt == null && l.ItemType == itemType, ct);
            if (onLoan >= rule.Terms.MaxItems)
            {
                return CirculationResult<Loan>.Refused(RefusalReason.TooManyItems, $"{onLoan} of {rule.Terms.MaxItems} {itemType}");
            }

            // A waiting hold of this reader on the title is met by this loan, whichever copy it is.
            collecting ??= await db.Set<Hold>().Where(h => h.RecordId == item.RecordId && h.ReaderId == reader.Id && h.Status == HoldStatus.Waiting)
                .FirstOrDefaultAsync(ct);
            if (collecting is not null)
            {
                collecting.Status = HoldStatus.Fulfilled;
                collecting.ClosedAt = now;
                collecting.Version++;
            }

            var loan = new Loan
            {
                ItemId = item.Id,
                RecordId = item.RecordId,
                ReaderId = reader.Id,
                ItemType = itemType,
                Library = library,
                LoanedAt = now,
                DueOn = calendar.DueDate(today, rule.Terms.LoanDays),
                Terms = rule.Terms.Copy(),
                Version = 1,
            };
            db.Set<Loan>().Add(loan);
            ItemWrites.SetStatus(db, item, ItemStatus.OnLoan, now);
            // Two desks lending to one reader at once: the second save fails on this stamp and recounts.
            reader.Version++;
            return CirculationResult<Loan>.Done(loan);
        }, cancellationToken);
}
