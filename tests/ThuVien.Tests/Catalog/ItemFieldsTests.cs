using ThuVien.Catalog;
using ThuVien.Marc;

namespace ThuVien.Tests.Catalog;

public class ItemFieldsTests
{
    private static readonly Leader Book = new("00000nam a2200000 i 4500");

    [Fact]
    public void Koha_952_fields_become_items_with_their_status_price_and_date()
    {
        var record = new MarcRecord(Book,
            new DataField("245", '1', '0', new Subfield('a', "Số đỏ")),
            new DataField("952", ' ', ' ', new Subfield('a', "MAIN"), new Subfield('b', "CN1"), new Subfield('c', "KHO-MO"), new Subfield('o', "895.9223 V500T"),
                new Subfield('p', "TV00000042"), new Subfield('y', "BOOK"), new Subfield('g', "85000"), new Subfield('d', "2023-09-05"), new Subfield('7', "1")),
            new DataField("952", ' ', ' ', new Subfield('b', "MAIN"), new Subfield('p', "TV00000043"), new Subfield('1', "1")));
        var items = ItemFields.Read(record);
        Assert.Equal(2, items.Count);
        Assert.Equal(new ItemData("TV00000042", "895.9223 V500T", "CN1", "KHO-MO", "BOOK", ItemStatus.NotForLoan, 85000m, new DateOnly(2023, 9, 5)), items[0]);
        Assert.Equal(ItemStatus.Lost, items[1].Status);
    }

    [Fact]
    public void Holdings_876_take_the_location_and_call_number_of_852()
    {
        var record = new MarcRecord(Book,
            new DataField("852", '0', ' ', new Subfield('a', "VN-HaNL"), new Subfield('b', "MAIN"), new Subfield('c', "THAM-KHAO"), new Subfield('h', "959.7"), new Subfield('i', "L302S")),
            new DataField("876", ' ', ' ', new Subfield('p', "HN001"), new Subfield('c', "VND120000"), new Subfield('d', "20240115")),
            new DataField("876", ' ', ' ', new Subfield('a', "no barcode: not an item")));
        var item = Assert.Single(ItemFields.Read(record));
        Assert.Equal(new ItemData("HN001", "959.7 L302S", "MAIN", "THAM-KHAO", Price: 120000m, AcquiredOn: new DateOnly(2024, 1, 15)), item);
    }

    [Fact]
    public void Items_written_back_as_952_read_again_as_the_same_items()
    {
        var stored = new Item { Barcode = "TV1", CallNumber = "823 ST-R", Library = "MAIN", Location = "KHO-MO", ItemType = "BOOK", Status = ItemStatus.NotForLoan, Price = 99000m, AcquiredOn = new DateOnly(2022, 2, 2), Notes = "Bìa cứng" };
        var record = ItemFields.WithItems(new MarcRecord(Book, new DataField("245", '1', '0', new Subfield('a', "Treasure island"))), [stored]);
        var item = Assert.Single(ItemFields.Read(record));
        Assert.True(item.SameAs(stored));
    }
}
