using ThuVien.Marc;
using ThuVien.Marc.Iso2709;

namespace ThuVien.Catalog.Import;

/// <summary>A record on its way into the catalogue: its bibliographic part as stored bytes, its facts and its items.</summary>
internal sealed class IncomingRecord
{
    private IncomingRecord(MarcRecord bibliographic, byte[] marc, RecordFacts facts, List<ItemData> items)
    {
        Bibliographic = bibliographic;
        Marc = marc;
        Facts = facts;
        Items = items;
    }

    public MarcRecord Bibliographic { get; }

    /// <summary>ISO 2709 (UTF-8) of the record without its item fields: what the database keeps.</summary>
    public byte[] Marc { get; }

    public RecordFacts Facts { get; }

    public List<ItemData> Items { get; }

    /// <summary>Splits a record into its bibliographic part and items; throws <see cref="MarcWriteException"/> when it cannot be stored as ISO 2709.</summary>
    public static IncomingRecord From(MarcRecord record)
    {
        var items = ItemFields.Read(record);
        var bibliographic = record.WithFields(record.Fields.RemoveAll(ItemFields.IsItemField));
        var marc = Iso2709Writer.ToBytes(bibliographic);
        return new IncomingRecord(bibliographic, marc, RecordFacts.From(bibliographic), items);
    }

    /// <summary>
    /// The keys that find this record's stored twin under a match mode. The fingerprint is used only by a
    /// record that carries no identifier at all: two records that differ only in their control numbers are
    /// two records.
    /// </summary>
    public IEnumerable<(RecordKeyKind Kind, string Value)> KeysFor(MatchMode mode)
    {
        return Facts.Keys().Where(k => k.Kind == RecordKeyKind.Fingerprint
            ? mode != MatchMode.None
            : mode switch
            {
                MatchMode.Control => k.Kind == RecordKeyKind.ControlNumber,
                MatchMode.Isbn => k.Kind is RecordKeyKind.Isbn or RecordKeyKind.Issn,
                MatchMode.Both => true,
                _ => false,
            });
    }
}
