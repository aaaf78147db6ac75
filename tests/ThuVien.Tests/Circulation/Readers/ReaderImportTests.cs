using System.Text;
using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Readers;
using ThuVien.Tests.Circulation.Support;

namespace ThuVien.Tests.Circulation.Readers;

public sealed class ReaderImportTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    /// <summary>A class list from a school library's spreadsheet: a BOM, quoted fields with commas, a line break
    /// and doubled quotes, and three rows at fault.</summary>
    private const string ClassList =
        "card_number,name,date_of_birth,national_id,category,home_library,card_expires,email,phone,address,keeps_loan_history\r\n" +
        "HS-001,Nguyễn Văn An,2012-03-04,001212000111,child,HN,2027-06-30,,0912345678,\"12 Hàng Bài, Hoàn Kiếm, Hà Nội\",có\r\n" +
        "HS-002,\"Trần Thị \"\"Bống\"\"\",04/09/2011,,child,HN,30/06/2027,bong@example.vn,,\"Ngõ 5\nPhố Huế\",0\r\n" +
        "HS-003,Lê Minh,2012-13-01,,child,HN,2027-06-30,,,,\r\n" +
        "HS-004,Phạm Hà,,,pupil,HN,2027-06-30,,0212345678,,\r\n" +
        ",Không Thẻ,,,child,HN,2027-06-30,,,,\r\n";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_row_is_accepted_or_rejected_with_its_row_column_and_reason(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);

        var summary = await ImportAsync(library, ClassList, withBom: true);

        Assert.Equal(5, summary.Read);
        Assert.Equal(summary.Read, summary.Accepted + summary.Rejected);
        Assert.Equal(2, summary.Created);
        Assert.Equal(3, summary.Rejected);
        Assert.Contains(summary.Rejections, r => r is { Row: 4, Column: "date_of_birth" });
        Assert.Contains(summary.Rejections, r => r is { Row: 5, Column: "category" });
        Assert.Contains(summary.Rejections, r => r is { Row: 5, Column: "phone" });
        Assert.Contains(summary.Rejections, r => r is { Row: 6, Column: "card_number" });
        await using var db = await library.DbAsync();
        var an = await db.Readers.SingleAsync(r => r.CardNumber == "HS-001");
        Assert.Equal("12 Hàng Bài, Hoàn Kiếm, Hà Nội", an.Address);
        Assert.True(an.KeepsLoanHistory);
        var bong = await db.Readers.SingleAsync(r => r.CardNumber == "HS-002");
        Assert.Equal("Trần Thị \"Bống\"", bong.Name);
        Assert.Equal("Ngõ 5\nPhố Huế", bong.Address);
        Assert.Equal(new DateOnly(2011, 9, 4), bong.DateOfBirth);
        Assert.False(bong.KeepsLoanHistory);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Importing_again_updates_by_card_number_and_never_duplicates(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);
        await ImportAsync(library, ClassList, withBom: false);

        var same = await ImportAsync(library, ClassList, withBom: true);
        var changed = await ImportAsync(library, ClassList.Replace("2027-06-30,,0912345678", "2028-06-30,,0912345678", StringComparison.Ordinal), withBom: false);

        Assert.Equal((0, 0, 2), (same.Created, same.Updated, same.Unchanged));
        Assert.Equal((0, 1, 1), (changed.Created, changed.Updated, changed.Unchanged));
        await using var db = await library.DbAsync();
        Assert.Equal(2, await db.Readers.CountAsync());
        Assert.Equal(new DateOnly(2028, 6, 30), (await db.Readers.SingleAsync(r => r.CardNumber == "HS-001")).CardExpiresOn);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_semicolon_file_and_a_header_without_a_required_column_are_understood(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);

        var semicolons = await ImportAsync(library, "card_number;name;category;home_library;card_expires\nGV-01;Đỗ Thu;staff;HN;2030-01-01\n", withBom: false);
        var noExpiry = await ImportAsync(library, "card_number,name,category,home_library\nGV-02,Đỗ Xuân,staff,HN\nGV-03,Đỗ Đông,staff,HN\n", withBom: false);

        Assert.Equal(1, semicolons.Created);
        Assert.Equal((2, 0, 2), (noExpiry.Read, noExpiry.Accepted, noExpiry.Rejected));
        Assert.All(noExpiry.Rejections, r => Assert.Equal("card_expires", r.Column));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_unclosed_quote_rejects_the_rest_of_the_file_as_one_row_and_keeps_the_rows_before(Engine engine)
    {
        await using var library = await CirculationLibrary.OpenAsync(engine, Today);

        var summary = await ImportAsync(library,
            "card_number,name,category,home_library,card_expires\nGV-01,Đỗ Thu,staff,HN,2030-01-01\nGV-02,\"Đỗ Xuân,staff,HN,2030-01-01\nGV-03,Đỗ Đông,staff,HN,2030-01-01\n", withBom: false);

        Assert.Equal((2, 1, 1), (summary.Read, summary.Accepted, summary.Rejected));
        Assert.Equal(3, Assert.Single(summary.Rejections).Row);
    }

    private static async Task<ReaderImportSummary> ImportAsync(CirculationLibrary library, string csv, bool withBom)
    {
        var bytes = new UTF8Encoding(withBom).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        using var stream = new MemoryStream(bytes);
        return await library.Import.RunAsync(stream, TestContext.Current.CancellationToken);
    }
}
