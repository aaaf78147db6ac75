using ThuVien.Marc;
using ThuVien.Marc.Iso2709;

namespace ThuVien.Catalog;

/// <summary>
/// A bibliographic record as the database keeps it: the canonical MARC (ISO 2709, UTF-8) losslessly,
/// plus columns extracted from it for lists and matching. Deleted records stay as tombstones so that
/// the network learns of the deletion.
/// </summary>
internal sealed class BibRecord
{
    public long Id { get; set; }

    /// <summary>The record as ISO 2709 bytes in UTF-8: the truth; every other column derives from it.</summary>
    public byte[] Marc { get; set; } = [];

    public string Title { get; set; } = string.Empty;

    public string? MainAuthor { get; set; }

    public int? Year { get; set; }

    /// <summary>Normalised ISBN-13s, space-separated.</summary>
    public string? Isbns { get; set; }

    public string? Issn { get; set; }

    /// <summary>MARC language code (008/35-37 or 041 $a).</summary>
    public string? Language { get; set; }

    /// <summary>Content type derived from leader/06-07 ("book", "serial", "map", …).</summary>
    public string ContentType { get; set; } = string.Empty;

    /// <summary>001.</summary>
    public string? ControlNumber { get; set; }

    /// <summary>003: the organisation whose control number 001 is.</summary>
    public string? ControlNumberSource { get; set; }

    /// <summary>Fingerprint of the record's content, for matching records that carry no identifier.</summary>
    public string Fingerprint { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public bool Deleted { get; set; }

    /// <summary>Incremented by every change: an optimistic concurrency stamp for writers.</summary>
    public int Version { get; set; }

    public List<Item> Items { get; } = [];

    public List<RecordKey> Keys { get; } = [];

    /// <summary>The stored record with its copies as Koha-style 952 fields (load <see cref="Items"/> first).</summary>
    public MarcRecord ToMarcWithItems()
    {
        var record = Iso2709Reader.ReadOne(Marc).Record ?? throw new InvalidDataException($"stored record {Id} cannot be read");
        return ItemFields.WithItems(record, Items);
    }
}
