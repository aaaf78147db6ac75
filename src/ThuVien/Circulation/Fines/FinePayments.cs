using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Calendar;

namespace ThuVien.Circulation.Fines;

/// <summary>Money taken towards a fine (part of it or all, each payment with its receipt number) and fines waived with
/// a reason. Neither may take a fine below nothing.</summary>
internal sealed class FinePayments(CirculationStore store, TimeProvider clock)
{
    public Task<CirculationResult<Payment>> PayAsync(long fineId, decimal amount, string library, CancellationToken cancellationToken = default) =>
        store.RunAsync(changesItems: false, async (db, ct) =>
        {
            var fine = await db.Set<Fine>().SingleOrDefaultAsync(f => f.Id == fineId, ct);
            if (Check(fine, fineId, amount) is { } refused)
            {
                return refused.Cast<Payment>();
            }
            var now = clock.GetUtcNow().UtcDateTime;
            fine!.Paid += amount;
            fine.UpdatedAt = now;
            fine.Version++;
            // The receipt is numbered from the payment's id, known once saved; a unique stand-in until then.
            var payment = new Payment
            {
                FineId = fine.Id,
                ReaderId = fine.ReaderId,
                Amount = amount,
                Library = library,
                PaidAt = now,
                ReceiptNumber = Guid.NewGuid().ToString("N"),
            };
            db.Set<Payment>().Add(payment);
            await db.SaveChangesAsync(ct);
            payment.ReceiptNumber = string.Create(CultureInfo.InvariantCulture, $"PT{LibraryTime.Today(clock).Year}-{payment.Id:D6}");
            return CirculationResult<Payment>.Done(payment);
        }, cancellationToken);

    /// <summary>Waives <paramref name="amount"/> of the fine, or all that is owed when it is null.</summary>
    public Task<CirculationResult<Fine>> WaiveAsync(long fineId, decimal? amount, string reason, CancellationToken cancellationToken = default) =>
        store.RunAsync(changesItems: false, async (db, ct) =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                return CirculationResult<Fine>.Refused(RefusalReason.ReasonRequired, "a waiver needs a reason");
            }
            var fine = await db.Set<Fine>().SingleOrDefaultAsync(f => f.Id == fineId, ct);
            var waived = amount ?? fine?.Outstanding ?? 0m;
            if (Check(fine, fineId, waived) is { } refused)
            {
                return refused;
            }
            fine!.Waived += waived;
            fine.WaiverReason = string.IsNullOrEmpty(fine.WaiverReason) ? reason.Trim() : $"{fine.WaiverReason}; {reason.Trim()}";
            fine.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            fine.Version++;
            return CirculationResult<Fine>.Done(fine);
        }, cancellationToken);

    private static CirculationResult<Fine>? Check(Fine? fine, long fineId, decimal amount) =>
        fine is null ? CirculationResult<Fine>.Refused(RefusalReason.FineNotFound, fineId.ToString(CultureInfo.InvariantCulture))
        : fine.Outstanding <= 0m ? CirculationResult<Fine>.Refused(RefusalReason.NothingOwed, fineId.ToString(CultureInfo.InvariantCulture))
        : amount <= 0m || amount > fine.Outstanding
            ? CirculationResult<Fine>.Refused(RefusalReason.AmountInvalid, $"{amount:0.##} is not between 0 and the {fine.Outstanding:0.##} owed")
        : null;
}
