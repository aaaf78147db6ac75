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
    /// <summary>
    /// The data as a catalogue write stores it over <paramref name="stored"/>. MARC and the item API have no word for
    /// "on loan" or "on the hold shelf", which circulation owns: "available" from them leaves those statuses alone, or
    /// re-importing a record would put a lent copy back on the shelf.
    /// </summary>
    public ItemData Over(Item stored) =>
        Status == ItemStatus.Available && stored.Status is ItemStatus.OnLoan or ItemStatus.OnHoldShelf ? this with { Status = stored.Status } : this;

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
