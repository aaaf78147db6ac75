using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Desk;
using ThuVien.Circulation.Fines;
using ThuVien.Circulation.Holds;
using ThuVien.Storage;

namespace ThuVien.Circulation.Readers;

/// <summary>
/// Everything the node holds about one reader as one JSON document (Decree 13/2023, the data subject's right to a
/// copy): the card, loans still linked to them, holds, fines with their payments, and notifications.
/// </summary>
internal sealed class ReaderExport(IDbContextFactory<ThuVienDb> databases, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The document, or null when there is no such reader.</summary>
    public async Task<JsonObject?> RunAsync(string cardNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var reader = await db.Set<Reader>().AsNoTracking().SingleOrDefaultAsync(r => r.CardNumber == cardNumber, cancellationToken);
        if (reader is null)
        {
            return null;
        }
        var loans = await db.Set<Loan>().AsNoTracking().Where(l => l.ReaderId == reader.Id).OrderBy(l => l.LoanedAt).ToListAsync(cancellationToken);
        var itemIds = loans.Select(l => l.ItemId).ToList();
        var barcodes = await db.Items.Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Barcode, cancellationToken);
        var holds = await db.Set<Hold>().AsNoTracking().Where(h => h.ReaderId == reader.Id).OrderBy(h => h.PlacedAt).ToListAsync(cancellationToken);
        var fines = await db.Set<Fine>().AsNoTracking().Where(f => f.ReaderId == reader.Id).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var payments = await db.Set<Payment>().AsNoTracking().Where(p => p.ReaderId == reader.Id).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var notices = await db.Set<Notification>().AsNoTracking().Where(n => n.ReaderId == reader.Id).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var document = new
        {
            exportedAt = clock.GetUtcNow(),
            reader = new
            {
                reader.CardNumber,
                reader.Name,
                reader.DateOfBirth,
                reader.NationalId,
                reader.Category,
                reader.HomeLibrary,
                reader.CardExpiresOn,
                reader.Email,
                reader.Phone,
                reader.Address,
                reader.Notes,
                reader.ManualBlock,
                reader.KeepsLoanHistory,
                reader.CreatedAt,
                reader.UpdatedAt,
            },
            loans = loans.Select(l => new
            {
                item = barcodes.GetValueOrDefault(l.ItemId),
                l.RecordId,
                l.Library,
                l.LoanedAt,
                l.DueOn,
                l.RenewalsUsed,
                l.ClosedAt,
                end = l.End?.ToString(),
                l.OverdueFine,
            }),
            holds = holds.Select(h => new { h.RecordId, h.PickupLibrary, h.PlacedAt, status = h.Status.ToString(), h.PickupBy, h.ClosedAt }),
            fines = fines.Select(f => new { f.Id, kind = f.Kind.ToString(), f.Amount, f.Paid, f.Waived, f.WaiverReason, f.CreatedAt }),
            payments = payments.Select(p => new { p.ReceiptNumber, p.FineId, p.Amount, p.Library, p.PaidAt }),
            notifications = notices.Select(n => new { kind = n.Kind.ToString(), n.TextKey, n.RecordId, n.CreatedAt, n.SentAt }),
        };
        return JsonSerializer.SerializeToNode(document, Json)!.AsObject();
    }
}
