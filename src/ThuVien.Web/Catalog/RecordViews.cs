using System.Text.Json;
using ThuVien.Catalog;

namespace ThuVien.Web.Catalog;

/// <summary>A record in a list.</summary>
internal sealed record RecordSummaryView(long Id, string Title, string? MainAuthor, int? Year, IReadOnlyList<string> Isbns, string? Issn,
    string? Language, string ContentType, string? ControlNumber, int Version, DateTime UpdatedAt, bool Deleted)
{
    public static RecordSummaryView From(BibRecord r) => new(r.Id, r.Title, r.MainAuthor, r.Year,
        r.Isbns?.Split(' ') ?? [], r.Issn, r.Language, r.ContentType, r.ControlNumber, r.Version, r.UpdatedAt, r.Deleted);
}

/// <summary>One record with its MARC (as MARC-in-JSON) and its items.</summary>
internal sealed record RecordView(long Id, string Title, string? MainAuthor, int? Year, IReadOnlyList<string> Isbns, string? Issn,
    string? Language, string ContentType, string? ControlNumber, int Version, DateTime CreatedAt, DateTime UpdatedAt,
    JsonElement Marc, IReadOnlyList<ItemView> Items);

/// <summary>A page of a list.</summary>
internal sealed record ResultPage<T>(long Total, int Page, int Size, IReadOnlyList<T> Items);

/// <summary>An item as the API shows it.</summary>
internal sealed record ItemView(long Id, long RecordId, string Barcode, string? CallNumber, string? Library, string? Location,
    string? ItemType, string Status, decimal? Price, DateOnly? AcquiredOn, string? Notes, int Version, DateTime UpdatedAt)
{
    public static ItemView From(Item i) => new(i.Id, i.RecordId, i.Barcode, i.CallNumber, i.Library, i.Location, i.ItemType,
        ItemBody.StatusName(i.Status), i.Price, i.AcquiredOn, i.Notes, i.Version, i.UpdatedAt);
}

/// <summary>A change-log entry.</summary>
internal sealed record ChangeView(long Sequence, long RecordId, long? ItemId, string Operation, DateTime At)
{
    public static ChangeView From(Change c) => new(c.Sequence, c.RecordId, c.ItemId, c.Operation.ToString().ToLowerInvariant(), c.At);
}

/// <summary>A page of the change log and where to continue.</summary>
internal sealed record ChangesView(IReadOnlyList<ChangeView> Changes, long Next);
