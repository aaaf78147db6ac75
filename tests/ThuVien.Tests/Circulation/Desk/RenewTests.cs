using ThuVien.Circulation;
using ThuVien.Tests.Circulation.Support;

namespace ThuVien.Tests.Circulation.Desk;

/// <summary>Chị Lan borrows "Dế Mèn phiêu lưu ký" on Wednesday 2026-11-25, due 2026-12-09; adult books renew twice
/// and allow 2 open days' grace.</summary>
public sealed class RenewTests
{
    private static readonly DateOnly LoanDay = new(2026, 11, 25);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_renewal_runs_the_loan_period_again_from_today(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");
        library.Clock.GoTo(new DateOnly(2026, 12, 8));

        var renewed = await library.Renew.RunAsync("DM-1");

        Assert.True(renewed.IsDone, renewed.Refusal?.ToString());
        Assert.Equal(new DateOnly(2026, 12, 22), renewed.Value!.DueOn);
        Assert.Equal(1, renewed.Value.RenewalsUsed);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_a_third_renewal(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");
        Assert.True((await library.Renew.RunAsync("DM-1")).IsDone);
        Assert.True((await library.Renew.RunAsync("DM-1")).IsDone);

        Assert.Equal(RefusalReason.RenewalsUsedUp, (await library.Renew.RunAsync("DM-1")).Reason);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_while_another_reader_waits_for_the_title(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        var hoa = await library.CoHoaAsync();
        var kieu = await library.TruyenKieuAsync();
        await library.LendAsync(lan, "TK-1");
        await library.HoldForAsync(hoa, kieu);

        Assert.Equal(RefusalReason.HoldsWaiting, (await library.Renew.RunAsync("TK-1")).Reason);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Renews_within_the_grace_days_but_not_beyond(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");
        await library.LendAsync(lan, "DM-2");

        library.Clock.GoTo(new DateOnly(2026, 12, 11));
        var withinGrace = await library.Renew.RunAsync("DM-1");
        library.Clock.GoTo(new DateOnly(2026, 12, 12));
        var beyond = await library.Renew.RunAsync("DM-2");

        Assert.True(withinGrace.IsDone, withinGrace.Refusal?.ToString());
        Assert.Equal(new DateOnly(2026, 12, 25), withinGrace.Value!.DueOn);
        Assert.Equal(RefusalReason.OverdueBeyondGrace, beyond.Reason);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_a_reader_blocked_by_staff_or_with_an_expired_card(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");
        Assert.True((await library.Readers.BlockAsync(lan, "Mất thẻ, chờ cấp lại")).IsDone);

        Assert.Equal(RefusalReason.ReaderBlocked, (await library.Renew.RunAsync("DM-1")).Reason);

        Assert.True((await library.Readers.UnblockAsync(lan)).IsDone);
        library.Clock.GoTo(new DateOnly(2027, 2, 1));
        Assert.Equal(RefusalReason.CardExpired, (await library.Renew.RunAsync("DM-1")).Reason);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_renewal_follows_the_terms_the_loan_was_made_under(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, LoanDay);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1", CirculationLibrary.SaiGon);
        library.Clock.GoTo(new DateOnly(2026, 12, 1));

        var renewed = await library.Renew.RunAsync("DM-1");

        Assert.Equal(new DateOnly(2026, 12, 22), renewed.Value!.DueOn);
    }
}
