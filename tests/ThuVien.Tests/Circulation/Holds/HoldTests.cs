using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Circulation;
using ThuVien.Circulation.Holds;
using ThuVien.Tests.Circulation.Support;

namespace ThuVien.Tests.Circulation.Holds;

/// <summary>"Truyện Kiều" has one copy, TK-1, lent to Chị Lan on Wednesday 2026-11-25 in most scenarios.</summary>
public sealed class HoldTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_queue_is_first_come_first_served(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var lan = await library.ChiLanAsync();
        var hoa = await library.CoHoaAsync();
        var bao = await library.AnhBaoAsync();
        var kieu = await library.TruyenKieuAsync();
        await library.LendAsync(lan, "TK-1");
        var baosHold = await library.HoldForAsync(bao, kieu);
        library.Clock.Advance(1);
        var hoasHold = await library.HoldForAsync(hoa, kieu);

        await library.ReturnAsync("TK-1");
        await library.LendAsync(bao, "TK-1");
        await library.ReturnAsync("TK-1");

        Assert.Equal(HoldStatus.Fulfilled, (await library.HoldAsync(baosHold.Id)).Status);
        Assert.Equal(HoldStatus.OnShelf, (await library.HoldAsync(hoasHold.Id)).Status);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_a_hold_on_a_title_the_reader_has_on_loan_or_already_holds(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var lan = await library.ChiLanAsync();
        var hoa = await library.CoHoaAsync();
        var kieu = await library.TruyenKieuAsync();
        await library.LendAsync(lan, "TK-1");
        await library.HoldForAsync(hoa, kieu);

        Assert.Equal(RefusalReason.AlreadyOnLoanToReader, (await library.PlaceHold.RunAsync(lan, kieu.RecordId, CirculationLibrary.HaNoi)).Reason);
        Assert.Equal(RefusalReason.AlreadyHeld, (await library.PlaceHold.RunAsync(hoa, kieu.RecordId, CirculationLibrary.HaNoi)).Reason);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_holds_the_rules_do_not_allow_and_titles_that_do_not_exist(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var na = await library.BeNaAsync();
        var minh = await library.AnhMinhAsync();
        var kieu = await library.TruyenKieuAsync();

        Assert.Equal(RefusalReason.HoldsNotAllowed, (await library.PlaceHold.RunAsync(na, kieu.RecordId, CirculationLibrary.HaNoi)).Reason);
        Assert.Equal(RefusalReason.CardExpired, (await library.PlaceHold.RunAsync(minh, kieu.RecordId, CirculationLibrary.HaNoi)).Reason);
        Assert.Equal(RefusalReason.RecordNotFound, (await library.PlaceHold.RunAsync(na, 987_654, CirculationLibrary.HaNoi)).Reason);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_reader_may_cancel_a_waiting_hold_but_not_twice(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var lan = await library.ChiLanAsync();
        var hoa = await library.CoHoaAsync();
        var kieu = await library.TruyenKieuAsync();
        await library.LendAsync(lan, "TK-1");
        var hold = await library.HoldForAsync(hoa, kieu);

        var cancelled = await library.CancelHold.RunAsync(hold.Id, HoldCanceller.Reader);
        var again = await library.CancelHold.RunAsync(hold.Id, HoldCanceller.Staff);

        Assert.Equal(HoldStatus.Cancelled, cancelled.Value!.Status);
        Assert.Equal(HoldCanceller.Reader, (await library.HoldAsync(hold.Id)).CancelledBy);
        Assert.Equal(RefusalReason.HoldClosed, again.Reason);
        Assert.True((await library.Renew.RunAsync("TK-1")).IsDone);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Staff_cancelling_a_hold_on_the_shelf_passes_the_copy_to_the_next_reader(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var lan = await library.ChiLanAsync();
        var hoa = await library.CoHoaAsync();
        var bao = await library.AnhBaoAsync();
        var kieu = await library.TruyenKieuAsync();
        await library.LendAsync(lan, "TK-1");
        var hoasHold = await library.HoldForAsync(hoa, kieu);
        library.Clock.Advance(1);
        var baosHold = await library.HoldForAsync(bao, kieu);
        await library.ReturnAsync("TK-1");

        Assert.True((await library.CancelHold.RunAsync(hoasHold.Id, HoldCanceller.Staff)).IsDone);

        var next = await library.HoldAsync(baosHold.Id);
        Assert.Equal(HoldStatus.OnShelf, next.Status);
        Assert.Equal((await library.ItemAsync("TK-1")).Id, next.ItemId);
        Assert.Equal(ItemStatus.OnHoldShelf, (await library.ItemAsync("TK-1")).Status);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_uncollected_copy_passes_to_the_next_reader_then_back_to_the_shelves(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var lan = await library.ChiLanAsync();
        var hoa = await library.CoHoaAsync();
        var bao = await library.AnhBaoAsync();
        var kieu = await library.TruyenKieuAsync();
        await library.LendAsync(lan, "TK-1");
        var hoasHold = await library.HoldForAsync(hoa, kieu);
        library.Clock.Advance(1);
        var baosHold = await library.HoldForAsync(bao, kieu);
        library.Clock.GoTo(new DateOnly(2026, 12, 4));
        await library.ReturnAsync("TK-1");

        // Hoa may collect until Tuesday the 8th; on the 8th nothing expires yet.
        library.Clock.GoTo(new DateOnly(2026, 12, 8));
        Assert.Equal(0, await library.ExpireHolds.RunAsync());
        library.Clock.GoTo(new DateOnly(2026, 12, 9));
        Assert.Equal(1, await library.ExpireHolds.RunAsync());
        Assert.Equal(0, await library.ExpireHolds.RunAsync());

        Assert.Equal(HoldStatus.Expired, (await library.HoldAsync(hoasHold.Id)).Status);
        Assert.Equal(new DateOnly(2026, 12, 12), (await library.HoldAsync(baosHold.Id)).PickupBy);
        library.Clock.GoTo(new DateOnly(2026, 12, 14));
        Assert.Equal(1, await library.ExpireHolds.RunAsync());
        Assert.Equal(ItemStatus.Available, (await library.ItemAsync("TK-1")).Status);
        await using var db = await library.DbAsync();
        Assert.Equal(2, await db.Notifications.CountAsync(n => n.Kind == NotificationKind.HoldExpired));
    }
}
