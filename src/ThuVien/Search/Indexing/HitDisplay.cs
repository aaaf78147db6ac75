using System.Text.Json;
using System.Text.Json.Serialization;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ThuVien.Search.Indexing;

/// <summary>
/// What a result list shows of a record, kept in the index as one binary doc value so that a page of
/// hits is read without touching the database or Lucene's stored fields.
/// </summary>
internal sealed record HitDisplay(
    string Title,
    IReadOnlyList<string> Authors,
    int? Year,
    IReadOnlyList<string> Isbns,
    string ContentType,
    string? Language,
    string? Publisher,
    string? Edition,
    int Copies,
    int AvailableCopies,
    string Text)
{
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, HitDisplayJson.Default.HitDisplay);

    /// <summary>The display value of document <paramref name="doc"/> (a top-level doc id) of <paramref name="reader"/>.</summary>
    public static HitDisplay Of(IndexReader reader, int doc) => Of(LeafOf(reader, doc), doc);

    /// <summary>The display value of a top-level doc id, from the segment that holds it.</summary>
    public static HitDisplay Of(AtomicReaderContext leaf, int doc)
    {
        var bytes = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(SearchFields.Display).Get(doc - leaf.DocBase, bytes);
        return FromBytes(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
    }

    /// <summary>The segment of <paramref name="reader"/> that holds top-level doc id <paramref name="doc"/>.</summary>
    public static AtomicReaderContext LeafOf(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        return leaves[ReaderUtil.SubIndex(doc, leaves)];
    }

    public static HitDisplay FromBytes(ReadOnlySpan<byte> bytes) =>
        JsonSerializer.Deserialize(bytes, HitDisplayJson.Default.HitDisplay) ?? throw new InvalidDataException("empty display value in the index");
}

[JsonSerializable(typeof(HitDisplay))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class HitDisplayJson : JsonSerializerContext;
