using System.Text.Json;
using System.Text.Json.Serialization;

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

    public static HitDisplay FromBytes(ReadOnlySpan<byte> bytes) =>
        JsonSerializer.Deserialize(bytes, HitDisplayJson.Default.HitDisplay) ?? throw new InvalidDataException("empty display value in the index");
}

[JsonSerializable(typeof(HitDisplay))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class HitDisplayJson : JsonSerializerContext;
