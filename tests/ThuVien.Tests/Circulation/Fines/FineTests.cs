using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Circulation;
using ThuVien.Circulation.Desk;
using ThuVien.Circulation.Fines;
using ThuVien.Tests.Circulation.Support;

namespace ThuVien.Tests.Circulation.Fines;

/// <summary>Chị Lan borrows on Wednesday 2026-11-25; adult books are due 2026-12-09 and cost 2,000 VND an open day
/// after 2 days' grace.</summary>
public sealed class FineTests
{
    private static readonly DateOnly LoanDay = new(2026, 11, 25);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_daily_run_keeps_an_open_loans_fine_current_and_a_second_run_the_same_day_changes_nothing(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");
        library.Clock.GoTo(new DateOnly(2026, 12, 14));

        Assert.Equal(1, await library.AccrueFines.RunAsync());
        var first = Assert.Single(await library.FinesAsync(lan));
        Assert.Equal(0, await library.AccrueFines.RunAsync());
        var second = Assert.Single(await library.FinesAsync(lan));

        Assert.Equal(4_000m, first.Amount);
        Assert.Equal(first.Amount, second.Amount);
        Assert.Equal(first.Version, second.Version);
        library.Clock.GoTo(new DateOnly(2026, 12, 15));
        Assert.Equal(1, await library.AccrueFines.RunAsync());
        Assert.Equal(6_000m, (await library.ReturnAsync("DM-1")).Fine);
        Assert.Equal(6_000m, Assert.Single(await library.FinesAsync(lan)).Amount);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_fine_is_paid_in_parts_each_with_its_own_receipt_and_never_beyond_what_is_owed(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");
        library.Clock.GoTo(new DateOnly(2026, 12, 14));
        await library.ReturnAsync("DM-1");
        var fine = Assert.Single(await library.FinesAsync(lan));

        var tooMuch = await library.Payments.PayAsync(fine.Id, 5_000m, CirculationLibrary.HaNoi);
        var nothing = await library.Payments.PayAsync(fine.Id, 0m, CirculationLibrary.HaNoi);
        var part = await library.Payments.PayAsync(fine.Id, 1_500m, CirculationLibrary.HaNoi);
        var rest = await library.Payments.PayAsync(fine.Id, 2_500m, CirculationLibrary.HaNoi);
        var more = await library.Payments.PayAsync(fine.Id, 1m, CirculationLibrary.HaNoi);

        Assert.Equal(RefusalReason.AmountInvalid, tooMuch.Reason);
        Assert.Equal(RefusalReason.AmountInvalid, nothing.Reason);
        Assert.Matches(@"^PT2026-\d{6}$", part.Value!.ReceiptNumber);
        Assert.Matches(@"^PT2026-\d{6}$", rest.Value!.ReceiptNumber);
        Assert.NotEqual(part.Value.ReceiptNumber, rest.Value.ReceiptNumber);
        Assert.Equal(RefusalReason.NothingOwed, more.Reason);
        Assert.Equal(0m, Assert.Single(await library.FinesAsync(lan)).Outstanding);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_waiver_needs_a_reason_and_may_clear_what_is_left(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");
        library.Clock.GoTo(new DateOnly(2026, 12, 14));
        await library.ReturnAsync("DM-1");
        var fine = Assert.Single(await library.FinesAsync(lan));
        Assert.True((await library.Payments.PayAsync(fine.Id, 1_000m, CirculationLibrary.HaNoi)).IsDone);

        Assert.Equal(RefusalReason.ReasonRequired, (await library.Payments.WaiveAsync(fine.Id, null, "  ")).Reason);
        var waived = await library.Payments.WaiveAsync(fine.Id, null, "Bạn đọc đang nằm viện");

        Assert.Equal(3_000m, waived.Value!.Waived);
        Assert.Equal(0m, waived.Value.Outstanding);
        Assert.Equal("Bạn đọc đang nằm viện", waived.Value.WaiverReason);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_lost_copy_costs_its_price_and_the_processing_fee_and_leaves_circulation(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.SoDoAsync();
        await library.TruyenKieuAsync();
        await library.LendAsync(lan, "SD-1");
        await library.LendAsync(lan, "TK-1");

        var priced = await library.LostAndDamaged.DeclareLostAsync("SD-1");
        var unpriced = await library.LostAndDamaged.DeclareLostAsync("TK-1");

        Assert.Equal([85_000m, 20_000m], priced.Value!.Select(f => f.Amount));
        Assert.Equal([FineKind.Lost, FineKind.Processing], priced.Value!.Select(f => f.Kind));
        Assert.Equal(100_000m, unpriced.Value![0].Amount);
        Assert.Equal(ItemStatus.Lost, (await library.ItemAsync("SD-1")).Status);
        Assert.Empty(await library.OpenLoansAsync(lan));
        await using var db = await library.DbAsync();
        Assert.All(await db.Loans.ToListAsync(), l => Assert.Equal(LoanEnd.Lost, l.End));
        Assert.Equal(RefusalReason.ItemNotOnLoan, (await library.LostAndDamaged.DeclareLostAsync("SD-1")).Reason);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_damaged_copy_on_loan_is_taken_back_with_the_charge_staff_set(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");

        var damaged = await library.LostAndDamaged.DeclareDamagedAsync("DM-1", 30_000m);
        var negative = await library.LostAndDamaged.DeclareDamagedAsync("DM-2", -1m);
        var onShelf = await library.LostAndDamaged.DeclareDamagedAsync("DM-2", 0m);

        Assert.Equal(FineKind.Damaged, damaged.Value!.Kind);
        Assert.Equal(30_000m, Assert.Single(await library.FinesAsync(lan)).Amount);
        Assert.Equal(ItemStatus.Damaged, (await library.ItemAsync("DM-1")).Status);
        Assert.Empty(await library.OpenLoansAsync(lan));
        Assert.Equal(RefusalReason.AmountInvalid, negative.Reason);
        Assert.Null(onShelf.Value);
        Assert.Equal(ItemStatus.Damaged, (await library.ItemAsync("DM-2")).Status);
    }
}
