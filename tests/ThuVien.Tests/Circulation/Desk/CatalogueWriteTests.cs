using ThuVien.Audit;
using ThuVien.Catalog;
using ThuVien.Catalog.Import;
using ThuVien.Marc;
using ThuVien.Tests.Circulation.Support;

namespace ThuVien.Tests.Circulation.Desk;

/// <summary>Cataloguers edit and re-import records whose copies are out on loan; MARC cannot say "on loan", so the
/// catalogue must not put those copies back on the shelf.</summary>
public sealed class CatalogueWriteTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly MarcRecord NhatKy = new(new Leader("00000nam a2200000 i 4500"),
        new DataField("245", '1', '0', new Subfield('a', "Nhật ký Đặng Thùy Trâm")),
        new DataField("952", ' ', ' ', new Subfield('b', CirculationLibrary.HaNoi), new Subfield('p', "NK-1"), new Subfield('y', "book")),
        new DataField("952", ' ', ' ', new Subfield('b', CirculationLibrary.HaNoi), new Subfield('p', "NK-2"), new Subfield('y', "book")));

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Replacing_a_record_leaves_its_copy_on_loan_and_its_copy_on_the_hold_shelf(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var lan = await library.ChiLanAsync();
        var hoa = await library.CoHoaAsync();
        var writes = library.Get<RecordWrites>();
        var created = await writes.CreateAsync(NhatKy, Actor.Node, TestContext.Current.CancellationToken);
        await library.LendAsync(lan, "NK-1");
        await library.LendAsync(lan, "NK-2");
        await library.HoldForAsync(hoa, new Book(created.Value!.Id, "Nhật ký Đặng Thùy Trâm", ["NK-1", "NK-2"]));
        await library.ReturnAsync("NK-2");

        var replaced = await writes.ReplaceAsync(created.Value.Id, NhatKy, null, Actor.Node, TestContext.Current.CancellationToken);

        Assert.Equal(WriteStatus.Done, replaced.Status);
        Assert.Equal(ItemStatus.OnLoan, (await library.ItemAsync("NK-1")).Status);
        Assert.Equal(ItemStatus.OnHoldShelf, (await library.ItemAsync("NK-2")).Status);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Re_importing_a_record_leaves_its_copy_on_loan_but_takes_a_withdrawal(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        var lan = await library.ChiLanAsync();
        var import = library.Get<ImportRecords>();
        await import.RunAsync([MarcReadResult.Accepted(1, 0, NhatKy, [])], MatchMode.Both, cancellationToken: TestContext.Current.CancellationToken);
        await library.LendAsync(lan, "NK-1");
        var withdrawn = NhatKy.WithoutFields("952")
            .WithFieldAdded(new DataField("952", ' ', ' ', new Subfield('b', CirculationLibrary.HaNoi), new Subfield('p', "NK-1"), new Subfield('y', "book"), new Subfield('z', "Bìa mới")))
            .WithFieldAdded(new DataField("952", ' ', ' ', new Subfield('b', CirculationLibrary.HaNoi), new Subfield('p', "NK-2"), new Subfield('y', "book"), new Subfield('0', "1")));

        await import.RunAsync([MarcReadResult.Accepted(1, 0, withdrawn, [])], MatchMode.Both, cancellationToken: TestContext.Current.CancellationToken);

        var lent = await library.ItemAsync("NK-1");
        Assert.Equal(ItemStatus.OnLoan, lent.Status);
        Assert.Equal("Bìa mới", lent.Notes);
        Assert.Equal(ItemStatus.Withdrawn, (await library.ItemAsync("NK-2")).Status);
    }
}
