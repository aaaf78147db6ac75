namespace ThuVien.Catalog;

/// <summary>An item as read from MARC or an API body, before it is stored.</summary>
internal sealed record ItemData(
    string Barcode,
    string? CallNumber = null,
    string? Library = null,
    string? Location = null,
    string? ItemType = null,
    ItemStatus Status = ItemStatus.Available,
    decimal? Price = null,
    DateOnly? AcquiredOn = null,
    string? Notes = null)
{
    public void CopyTo(Item item)
    {
        item.Barcode = Barcode;
        item.CallNumber = CallNumber;
        item.Library = Library;
        item.Location = Location;
        item.ItemType = ItemType;
        item.Status = Status;
        item.Price = Price;
        item.AcquiredOn = AcquiredOn;
        item.Notes = Notes;
    }

    public bool SameAs(Item item) =>
        item.Barcode == Barcode && item.CallNumber == CallNumber && item.Library == Library && item.Location == Location
        && item.ItemType == ItemType && item.Status == Status && item.Price == Price && item.AcquiredOn == AcquiredOn && item.Notes == Notes;
}
