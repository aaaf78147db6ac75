using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation;
using ThuVien.Circulation.Readers;
using ThuVien.Tests.Circulation.Support;

namespace ThuVien.Tests.Circulation.Readers;

public sealed class ReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Registration_names_every_field_at_fault_and_stores_nothing(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);

        var (result, problems) = await library.Readers.RegisterAsync(new ReaderData(
            "TV 01", " ", "pensioner", "HN", new DateOnly(2027, 1, 31), new DateOnly(1990, 5, 12), "001290012345", "lan@", "0212345678"));

        Assert.Equal(RefusalReason.Invalid, result.Reason);
        Assert.Equal(["card_number", "name", "category", "national_id", "email", "phone"], problems.Select(p => p.Field));
        await using var db = await library.DbAsync();
        Assert.Equal(0, await db.Readers.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Registration_tidies_what_it_keeps_and_refuses_a_card_number_already_issued(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);

        var (lan, _) = await library.Readers.RegisterAsync(new ReaderData(
            " TV-0001 ", "  Nguyễn Thị Lan ", "adult", "HN", new DateOnly(2027, 1, 31), new DateOnly(1990, 5, 12), "001190012345", "lan@thuvien.vn", "+84 912 345 678"));
        var (again, _) = await library.Readers.RegisterAsync(new ReaderData("TV-0001", "Lê Văn Tám", "adult", "HN", new DateOnly(2027, 1, 31)));

        Assert.True(lan.IsDone, lan.Refusal?.ToString());
        Assert.Equal("TV-0001", lan.Value!.CardNumber);
        Assert.Equal("Nguyễn Thị Lan", lan.Value.Name);
        Assert.Equal("0912345678", lan.Value.Phone);
        Assert.Equal(RefusalReason.Conflict, again.Reason);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_edit_renews_the_card_and_an_edit_on_a_stale_copy_is_refused(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var minh = await library.AnhMinhAsync();
        var renewedCard = new ReaderData(minh, "Trần Văn Minh", "adult", CirculationLibrary.HaNoi, new DateOnly(2027, 11, 30), Phone: "0987 654 321");

        var (edited, _) = await library.Readers.UpdateAsync(minh, renewedCard, expectedVersion: 1);
        var (stale, _) = await library.Readers.UpdateAsync(minh, renewedCard with { Name = "Trần Minh" }, expectedVersion: 1);
        var (invalid, problems) = await library.Readers.UpdateAsync(minh, renewedCard with { Category = "" }, expectedVersion: null);

        Assert.True(edited.IsDone, edited.Refusal?.ToString());
        Assert.Equal("0987654321", edited.Value!.Phone);
        Assert.Equal(RefusalReason.Conflict, stale.Reason);
        Assert.Equal(RefusalReason.Invalid, invalid.Reason);
        Assert.Equal("category", Assert.Single(problems).Field);
        await library.TruyenKieuAsync();
        await library.LendAsync(minh, "TK-1");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Blocks_other_than_the_manual_one_are_worked_out_from_the_card_fines_and_loans(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var lan = await library.ChiLanAsync();
        await library.DeMenAsync();
        await library.SoDoAsync();
        await library.LendAsync(lan, "DM-1");
        await library.LendAsync(lan, "SD-1");
        Assert.True((await library.LostAndDamaged.DeclareLostAsync("SD-1")).IsDone);
        Assert.True((await library.Readers.BlockAsync(lan, "Chưa nộp ảnh thẻ")).IsDone);
        library.Clock.GoTo(new DateOnly(2027, 2, 1));

        await using var db = await library.DbAsync();
        var reader = await db.Readers.SingleAsync(r => r.CardNumber == lan);
        var standing = await ReaderStanding.OfAsync(db, reader, library.Clock.Today, CirculationLibrary.Settings, TestContext.Current.CancellationToken);

        Assert.Equal([ReaderBlock.Manual, ReaderBlock.CardExpired, ReaderBlock.FinesOverLimit, ReaderBlock.OverdueItems], standing.Blocks);
        Assert.Equal(105_000m, standing.FinesOwed);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_export_holds_everything_kept_about_the_reader(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var hoa = await library.CoHoaAsync();
        var kieu = await library.TruyenKieuAsync();
        await library.DeMenAsync();
        await library.LendAsync(hoa, "DM-1");
        await library.HoldForAsync(hoa, kieu);
        library.Clock.GoTo(new DateOnly(2026, 12, 14));
        await library.ReturnAsync("DM-1");
        var fine = Assert.Single(await library.FinesAsync(hoa));
        var paid = await library.Payments.PayAsync(fine.Id, 1_000m, CirculationLibrary.HaNoi);

        var export = await library.Export.RunAsync(hoa);

        Assert.NotNull(export);
        Assert.Equal("Phạm Thị Hoa", (string?)export["reader"]!["Name"]);
        Assert.Equal("DM-1", (string?)export["loans"]![0]!["item"]);
        Assert.Equal("Waiting", (string?)export["holds"]![0]!["status"]);
        Assert.Equal(4_000m, (decimal)export["fines"]![0]!["Amount"]!);
        Assert.Equal(paid.Value!.ReceiptNumber, (string?)export["payments"]![0]!["ReceiptNumber"]);
        Assert.Null(await library.Export.RunAsync("TV-9999"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Erasure_waits_for_loans_and_fines_to_be_settled_then_leaves_only_anonymous_figures(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var hoa = await library.CoHoaAsync();
        var kieu = await library.TruyenKieuAsync();
        await library.DeMenAsync();
        var loan = await library.LendAsync(hoa, "DM-1");
        await library.HoldForAsync(hoa, kieu);
        library.Clock.GoTo(new DateOnly(2026, 12, 14));

        var whileOnLoan = await library.Erasure.RunAsync(hoa);
        await library.ReturnAsync("DM-1");
        var whileOwing = await library.Erasure.RunAsync(hoa);
        var fine = Assert.Single(await library.FinesAsync(hoa));
        Assert.True((await library.Payments.PayAsync(fine.Id, fine.Outstanding, CirculationLibrary.HaNoi)).IsDone);
        var erased = await library.Erasure.RunAsync(hoa);

        Assert.Equal(RefusalReason.OpenLoans, whileOnLoan.Reason);
        Assert.Equal(RefusalReason.UnpaidFines, whileOwing.Reason);
        Assert.True(erased.IsDone, erased.Refusal?.ToString());
        await using var db = await library.DbAsync();
        Assert.False(await db.Readers.AnyAsync(r => r.CardNumber == hoa));
        var kept = await db.Loans.SingleAsync(l => l.Id == loan.Id);
        Assert.Null(kept.ReaderId);
        Assert.Equal(4_000m, kept.OverdueFine);
        Assert.Null((await db.Fines.SingleAsync()).ReaderId);
        Assert.Null((await db.Payments.SingleAsync()).ReaderId);
        Assert.Equal(0, await db.Holds.CountAsync());
    }
}
