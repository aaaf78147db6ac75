using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Circulation;
using ThuVien.Circulation.Fines;
using ThuVien.Circulation.Holds;
using ThuVien.Tests.Circulation.Support;

namespace ThuVien.Tests.Circulation.Desk;

/// <summary>Chị Lan borrows "Dế Mèn phiêu lưu ký" on Wednesday 2026-11-25; it is due Wednesday 2026-12-09 (adult
/// books: 2,000 VND an open day after 2 days' grace, at most 50,000).</summary>
public sealed class CheckInTests
{
    private static readonly DateOnly LoanDay = new(2026, 11, 25);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_copy_back_on_time_is_available_again_and_owes_nothing(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");
        library.Clock.GoTo(new DateOnly(2026, 12, 9));

        var receipt = await library.ReturnAsync("DM-1");

        Assert.Equal(0m, receipt.Fine);
        Assert.Null(receipt.ShelvedFor);
        Assert.Equal(ItemStatus.Available, (await library.ItemAsync("DM-1")).Status);
        Assert.Empty(await library.FinesAsync(lan));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Two_open_days_late_is_within_the_grace_and_owes_nothing(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");
        library.Clock.GoTo(new DateOnly(2026, 12, 11));

        Assert.Equal(0m, (await library.ReturnAsync("DM-1")).Fine);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Back_on_Monday_the_14th_is_four_open_days_late_because_Sunday_does_not_count(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");
        library.Clock.GoTo(new DateOnly(2026, 12, 14));

        var receipt = await library.ReturnAsync("DM-1");

        // 10, 11, 12 and 14 December are open; two of the four are grace: 2 × 2,000.
        Assert.Equal(4_000m, receipt.Fine);
        var fine = Assert.Single(await library.FinesAsync(lan));
        Assert.Equal(FineKind.Overdue, fine.Kind);
        Assert.Equal(4_000m, fine.Outstanding);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_fine_stops_at_the_rule_maximum(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");
        library.Clock.GoTo(new DateOnly(2027, 4, 1));

        Assert.Equal(50_000m, (await library.ReturnAsync("DM-1")).Fine);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_copy_lent_in_Ha_Noi_can_come_back_at_the_Sai_Gon_desk(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1", CirculationLibrary.HaNoi);

        var receipt = await library.ReturnAsync("DM-1", CirculationLibrary.SaiGon);

        Assert.Equal(CirculationLibrary.SaiGon, receipt.Library);
        Assert.False(receipt.Loan.IsOpen);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Without_consent_the_closed_loan_forgets_the_reader_but_keeps_item_dates_and_fine(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        var hoa = await library.CoHoaAsync();
        await library.DeMenAsync();
        var lansLoan = await library.LendAsync(lan, "DM-1");
        var hoasLoan = await library.LendAsync(hoa, "DM-2");
        library.Clock.GoTo(new DateOnly(2026, 12, 14));

        var receipt = await library.ReturnAsync("DM-1");
        await library.ReturnAsync("DM-2");

        Assert.Equal(await library.ReaderIdAsync(lan), receipt.ReaderId);
        await using var db = await library.DbAsync();
        var forgotten = await db.Loans.AsNoTracking().SingleAsync(l => l.Id == lansLoan.Id);
        Assert.Null(forgotten.ReaderId);
        Assert.Equal(lansLoan.ItemId, forgotten.ItemId);
        Assert.Equal(LoanDay, DateOnly.FromDateTime(forgotten.LoanedAt.AddHours(7)));
        Assert.Equal(new DateOnly(2026, 12, 14), forgotten.ClosedOn);
        Assert.Equal(4_000m, forgotten.OverdueFine);
        // The debt still has a debtor.
        Assert.Equal(4_000m, Assert.Single(await library.FinesAsync(lan)).Outstanding);
        Assert.Equal(await library.ReaderIdAsync(hoa), (await db.Loans.AsNoTracking().SingleAsync(l => l.Id == hoasLoan.Id)).ReaderId);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_copy_of_a_title_with_holds_goes_to_the_hold_shelf_for_the_first_in_the_queue_who_is_told(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        var hoa = await library.CoHoaAsync();
        var bao = await library.AnhBaoAsync();
        var kieu = await library.TruyenKieuAsync();
        await library.LendAsync(lan, "TK-1");
        var first = await library.HoldForAsync(hoa, kieu);
        library.Clock.Advance(1);
        await library.HoldForAsync(bao, kieu);
        library.Clock.GoTo(new DateOnly(2026, 12, 4));

        var receipt = await library.ReturnAsync("TK-1");

        Assert.Equal(first.Id, receipt.ShelvedFor?.Id);
        Assert.Equal(ItemStatus.OnHoldShelf, (await library.ItemAsync("TK-1")).Status);
        var hold = await library.HoldAsync(first.Id);
        Assert.Equal(HoldStatus.OnShelf, hold.Status);
        // Friday the 4th: three open days to come are Saturday 5, Monday 7, Tuesday 8.
        Assert.Equal(new DateOnly(2026, 12, 8), hold.PickupBy);
        await using var db = await library.DbAsync();
        var notice = Assert.Single(await db.Notifications.AsNoTracking().ToListAsync());
        Assert.Equal(await library.ReaderIdAsync(hoa), notice.ReaderId);
        Assert.Equal(NotificationKind.HoldReady, notice.Kind);
        Assert.Equal("circulation.notice.hold-ready", notice.TextKey);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_to_take_back_a_copy_that_is_not_on_loan(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        await library.DeMenAsync();

        Assert.Equal(RefusalReason.ItemNotOnLoan, (await library.CheckIn.RunAsync("DM-1", CirculationLibrary.HaNoi)).Reason);
        Assert.Equal(RefusalReason.ItemNotFound, (await library.CheckIn.RunAsync("XX-9", CirculationLibrary.HaNoi)).Reason);
    }
}
