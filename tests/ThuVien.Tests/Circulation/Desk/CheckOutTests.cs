using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Circulation;
using ThuVien.Tests.Circulation.Support;

namespace ThuVien.Tests.Circulation.Desk;

public sealed class CheckOutTests
{
    /// <summary>A Wednesday; the library (default calendar) is open Monday to Saturday.</summary>
    private static readonly DateOnly Wednesday = new(2026, 11, 25);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Lends_for_the_rule_period_copies_the_rule_and_logs_the_copy_change_for_the_index(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Wednesday);
        var lan = await library.ChiLanAsync();
        var deMen = await library.DeMenAsync();

        var loan = await library.LendAsync(lan, "DM-1");

        Assert.Equal(new DateOnly(2026, 12, 9), loan.DueOn);
        Assert.Equal(14, loan.Terms.LoanDays);
        Assert.Equal(50_000m, loan.Terms.MaxFine);
        Assert.NotEqual(0, loan.Terms.RuleId);
        var item = await library.ItemAsync("DM-1");
        Assert.Equal(ItemStatus.OnLoan, item.Status);
        await using var db = await library.DbAsync();
        Assert.True(await db.Changes.AnyAsync(c => c.ItemId == item.Id && c.RecordId == deMen.RecordId && c.Operation == ChangeOperation.Update));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_due_date_on_a_Sunday_moves_to_the_Monday(Engine engine)
    {
        var monday = new DateOnly(2026, 11, 23);
        await using var library = await CirculationLibrary.OpenAsync(engine, monday);
        var lan = await library.ChiLanAsync();
        await library.TiaSangAsync();

        var loan = await library.LendAsync(lan, "TS-1");

        Assert.False(library.Calendar.IsOpen(monday.AddDays(6)));
        Assert.Equal(new DateOnly(2026, 11, 30), loan.DueOn);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_rule_of_the_lending_library_overrides_the_general_one(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Wednesday);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();

        var inSaiGon = await library.LendAsync(lan, "DM-1", CirculationLibrary.SaiGon);
        var inHaNoi = await library.LendAsync(lan, "DM-2", CirculationLibrary.HaNoi);

        Assert.Equal(21, inSaiGon.Terms.LoanDays);
        Assert.Equal(new DateOnly(2026, 12, 16), inSaiGon.DueOn);
        Assert.Equal(new DateOnly(2026, 12, 9), inHaNoi.DueOn);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_later_edit_of_the_rule_leaves_a_loan_already_made_as_it_was(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Wednesday);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        var loan = await library.LendAsync(lan, "DM-1");

        var stricter = CirculationLibrary.AdultBooks.Copy();
        stricter.FinePerDay = 10_000m;
        stricter.LoanDays = 3;
        Assert.True((await library.Rules.SaveAsync("adult", "book", null, stricter)).IsDone);

        var stored = Assert.Single(await library.OpenLoansAsync(lan));
        Assert.Equal(2_000m, stored.Terms.FinePerDay);
        Assert.Equal(loan.DueOn, stored.DueOn);
        Assert.Equal(3, (await library.LendAsync(lan, "DM-2")).Terms.LoanDays);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_a_loan_when_the_card_has_expired(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Wednesday);
        var minh = await library.AnhMinhAsync();
        await library.DeMenAsync();

        var result = await library.CheckOut.RunAsync(minh, "DM-1", CirculationLibrary.HaNoi);

        Assert.Equal(RefusalReason.CardExpired, result.Reason);
        Assert.Equal("circulation.refusal.card-expired", result.Refusal!.MessageKey);
        Assert.Equal(ItemStatus.Available, (await library.ItemAsync("DM-1")).Status);
        Assert.Empty(await library.OpenLoansAsync(minh));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_a_loan_to_a_reader_blocked_by_staff_and_says_why(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Wednesday);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        Assert.True((await library.Readers.BlockAsync(lan, "Làm rách sách, chờ bồi thường")).IsDone);

        var result = await library.CheckOut.RunAsync(lan, "DM-1", CirculationLibrary.HaNoi);

        Assert.Equal(RefusalReason.ReaderBlocked, result.Reason);
        Assert.Equal("Làm rách sách, chờ bồi thường", result.Refusal!.Detail);
        Assert.True((await library.Readers.UnblockAsync(lan)).IsDone);
        Assert.True((await library.CheckOut.RunAsync(lan, "DM-1", CirculationLibrary.HaNoi)).IsDone);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_a_fourth_book_to_an_adult_but_still_lends_a_magazine(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Wednesday);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.SoDoAsync();
        await library.TruyenKieuAsync();
        await library.BookAsync("Nhật ký trong tù", "book", "NK-1");
        await library.TiaSangAsync();
        foreach (var copy in new[] { "DM-1", "DM-2", "SD-1" })
        {
            await library.LendAsync(lan, copy);
        }

        var fourth = await library.CheckOut.RunAsync(lan, "TK-1", CirculationLibrary.HaNoi);

        Assert.Equal(RefusalReason.TooManyItems, fourth.Reason);
        await library.LendAsync(lan, "TS-1");
        await library.ReturnAsync("DM-1");
        await library.LendAsync(lan, "TK-1");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_a_loan_while_fines_are_over_the_limit(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Wednesday);
        var lan = await library.ChiLanAsync();
        await library.SoDoAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "SD-1");
        Assert.True((await library.LostAndDamaged.DeclareLostAsync("SD-1")).IsDone);

        var result = await library.CheckOut.RunAsync(lan, "DM-1", CirculationLibrary.HaNoi);

        Assert.Equal(RefusalReason.FinesOverLimit, result.Reason);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_a_loan_while_another_is_overdue(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Wednesday);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");
        library.Clock.GoTo(new DateOnly(2026, 12, 10));

        var result = await library.CheckOut.RunAsync(lan, "DM-2", CirculationLibrary.HaNoi);

        Assert.Equal(RefusalReason.OverdueItems, result.Reason);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_copies_that_do_not_circulate_for_the_reader(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Wednesday);
        var lan = await library.ChiLanAsync();
        var na = await library.BeNaAsync();
        await library.TuDienAsync();
        await library.TiaSangAsync();
        await library.DeMenAsync();
        await using (var db = await library.DbAsync())
        {
            await db.Items.Where(i => i.Barcode == "DM-2").ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, ItemStatus.Withdrawn));
        }

        Assert.Equal(RefusalReason.ItemNotLoanable, (await library.CheckOut.RunAsync(lan, "TD-1", CirculationLibrary.HaNoi)).Reason);
        Assert.Equal(RefusalReason.ItemNotLoanable, (await library.CheckOut.RunAsync(na, "TS-1", CirculationLibrary.HaNoi)).Reason);
        Assert.Equal(RefusalReason.ItemNotLoanable, (await library.CheckOut.RunAsync(lan, "DM-2", CirculationLibrary.HaNoi)).Reason);
        await library.LendAsync(na, "DM-1");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_a_copy_already_on_loan_and_unknown_cards_and_barcodes(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Wednesday);
        var lan = await library.ChiLanAsync();
        var bao = await library.AnhBaoAsync();
        await library.DeMenAsync();
        await library.LendAsync(lan, "DM-1");

        Assert.Equal(RefusalReason.ItemAlreadyOnLoan, (await library.CheckOut.RunAsync(bao, "DM-1", CirculationLibrary.HaNoi)).Reason);
        Assert.Equal(RefusalReason.ItemAlreadyOnLoan, (await library.CheckOut.RunAsync(lan, "DM-1", CirculationLibrary.HaNoi)).Reason);
        Assert.Equal(RefusalReason.ReaderNotFound, (await library.CheckOut.RunAsync("TV-9999", "DM-2", CirculationLibrary.HaNoi)).Reason);
        Assert.Equal(RefusalReason.ItemNotFound, (await library.CheckOut.RunAsync(bao, "XX-1", CirculationLibrary.HaNoi)).Reason);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Refuses_a_copy_on_the_hold_shelf_for_someone_else_and_lends_it_to_the_reader_it_waits_for(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Wednesday);
        var lan = await library.ChiLanAsync();
        var hoa = await library.CoHoaAsync();
        var bao = await library.AnhBaoAsync();
        var kieu = await library.TruyenKieuAsync();
        await library.LendAsync(lan, "TK-1");
        var hold = await library.HoldForAsync(hoa, kieu);
        await library.ReturnAsync("TK-1");

        var result = await library.CheckOut.RunAsync(bao, "TK-1", CirculationLibrary.HaNoi);

        Assert.Equal(RefusalReason.ItemOnHoldForAnother, result.Reason);
        await library.LendAsync(hoa, "TK-1");
        Assert.Equal(ThuVien.Circulation.Holds.HoldStatus.Fulfilled, (await library.HoldAsync(hold.Id)).Status);
    }
}
