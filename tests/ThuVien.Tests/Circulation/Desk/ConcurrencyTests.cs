using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Circulation;
using ThuVien.Circulation.Desk;
using ThuVien.Circulation.Rules;
using ThuVien.Tests.Circulation.Support;

namespace ThuVien.Tests.Circulation.Desk;

/// <summary>Desks that act at the same moment, each through its own database context and transaction.</summary>
public sealed class ConcurrencyTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Of_two_desks_lending_the_same_copy_at_once_exactly_one_wins(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var lan = await library.ChiLanAsync();
        var bao = await library.AnhBaoAsync();
        await library.TruyenKieuAsync();

        var results = await Task.WhenAll(
            Task.Run(() => library.CheckOut.RunAsync(lan, "TK-1", CirculationLibrary.HaNoi)),
            Task.Run(() => library.CheckOut.RunAsync(bao, "TK-1", CirculationLibrary.SaiGon)));

        Assert.Single(results, r => r.IsDone);
        Assert.Single(results, r => r.Reason == RefusalReason.ItemAlreadyOnLoan);
        await using var db = await library.DbAsync();
        Assert.Equal(1, await db.Loans.CountAsync(l => l.ClosedAt == null));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Of_eight_readers_racing_for_one_copy_exactly_one_borrows_it(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var cards = new List<string>();
        for (var i = 1; i <= 8; i++)
        {
            cards.Add(await library.ReaderAsync($"Bạn đọc {i}", "adult", $"TV-1{i:D3}", new DateOnly(2027, 12, 31)));
        }
        await library.TruyenKieuAsync();

        var results = await Task.WhenAll(cards.Select(card => Task.Run(() => library.CheckOut.RunAsync(card, "TK-1", CirculationLibrary.HaNoi))));

        Assert.Single(results, r => r.IsDone);
        Assert.All(results.Where(r => !r.IsDone), r => Assert.Equal(RefusalReason.ItemAlreadyOnLoan, r.Reason));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Two_desks_cannot_both_give_a_reader_the_last_slot(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var lan = await library.ChiLanAsync();
        await library.TiaSangAsync();
        await library.LendAsync(lan, "TS-1");

        var results = await Task.WhenAll(
            Task.Run(() => library.CheckOut.RunAsync(lan, "TS-2", CirculationLibrary.HaNoi)),
            Task.Run(() => library.CheckOut.RunAsync(lan, "TS-3", CirculationLibrary.SaiGon)));

        Assert.Single(results, r => r.IsDone);
        Assert.Single(results, r => r.Reason == RefusalReason.TooManyItems);
        Assert.Equal(2, (await library.OpenLoansAsync(lan)).Count);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_desk_that_read_the_copy_before_another_lent_it_cannot_save_its_own_loan(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var lan = await library.ChiLanAsync();
        var bao = await library.AnhBaoAsync();
        await library.TruyenKieuAsync();
        var lanId = await library.ReaderIdAsync(lan);
        var baoId = await library.ReaderIdAsync(bao);

        await using var first = await library.DbAsync();
        await using var second = await library.DbAsync();
        var seenByFirst = await first.Items.SingleAsync(i => i.Barcode == "TK-1");
        var seenBySecond = await second.Items.SingleAsync(i => i.Barcode == "TK-1");
        Lend(first, seenByFirst, lanId);
        Lend(second, seenBySecond, baoId);
        await first.SaveChangesAsync();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => second.SaveChangesAsync());
        Assert.Equal(ItemStatus.OnLoan, (await library.ItemAsync("TK-1")).Status);
    }

    private static void Lend(ThuVien.Storage.ThuVienDb db, Item item, long readerId)
    {
        ItemWrites.SetStatus(db, item, ItemStatus.OnLoan, new DateTime(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc));
        db.Loans.Add(new Loan
        {
            ItemId = item.Id,
            RecordId = item.RecordId,
            ReaderId = readerId,
            ItemType = "book",
            Library = CirculationLibrary.HaNoi,
            DueOn = new DateOnly(2026, 12, 9),
            Terms = new LoanTerms { LoanDays = 14, MaxItems = 3 },
        });
    }
}
