using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Desk;
using ThuVien.Circulation.Fines;
using ThuVien.Storage;

namespace ThuVien.Circulation.Readers;

/// <summary>A reader's blocks on a given day, computed from the card, the fines and the loans; never stored.</summary>
internal sealed record ReaderStanding(string? ManualBlock, bool CardExpired, decimal FinesOwed, bool FinesOverLimit, int OverdueLoans)
{
    public IReadOnlyList<ReaderBlock> Blocks =>
    [
        .. ManualBlock is null ? Array.Empty<ReaderBlock>() : [ReaderBlock.Manual],
        .. CardExpired ? [ReaderBlock.CardExpired] : Array.Empty<ReaderBlock>(),
        .. FinesOverLimit ? [ReaderBlock.FinesOverLimit] : Array.Empty<ReaderBlock>(),
        .. OverdueLoans > 0 ? [ReaderBlock.OverdueItems] : Array.Empty<ReaderBlock>(),
    ];

    /// <summary>The first block that refuses a transaction, in the order the desk explains them; overdue items are
    /// left out for a renewal, whose own rule is about lateness.</summary>
    public Refusal? Refusal(bool countOverdue = true) =>
        CardExpired ? new(RefusalReason.CardExpired, "the card has expired")
        : ManualBlock is not null ? new(RefusalReason.ReaderBlocked, ManualBlock)
        : FinesOverLimit ? new(RefusalReason.FinesOverLimit, $"{FinesOwed:0} owed")
        : countOverdue && OverdueLoans > 0 ? new(RefusalReason.OverdueItems, $"{OverdueLoans} overdue")
        : null;

    public static async Task<ReaderStanding> OfAsync(ThuVienDb db, Reader reader, DateOnly today, CirculationSettings settings, CancellationToken cancellationToken)
    {
        var owed = await FinesOwedAsync(db, reader.Id, cancellationToken);
        var overdue = await db.Set<Loan>().CountAsync(l => l.ReaderId == reader.Id && l.ClosedAt == null && l.DueOn < today, cancellationToken);
        return new ReaderStanding(reader.ManualBlock, reader.CardExpiresOn < today, owed, owed > settings.FineLimit, overdue);
    }

    /// <summary>Summed here, not in SQL: SQLite keeps decimals as text and cannot add them.</summary>
    public static async Task<decimal> FinesOwedAsync(ThuVienDb db, long readerId, CancellationToken cancellationToken)
    {
        var fines = await db.Set<Fine>().Where(f => f.ReaderId == readerId)
            .Select(f => new { f.Amount, f.Paid, f.Waived }).ToListAsync(cancellationToken);
        return fines.Sum(f => f.Amount - f.Paid - f.Waived);
    }
}
