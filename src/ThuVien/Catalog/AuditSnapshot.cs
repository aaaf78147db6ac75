using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThuVien.Marc;
using ThuVien.Marc.Iso2709;
using ThuVien.Marc.MarcJson;

namespace ThuVien.Catalog;

/// <summary>
/// Records and items as the audit log keeps them: JSON a person can read and diff. A record keeps its
/// version, deleted flag and MARC (as MARC-in-JSON, without the copies, which have their own entries).
/// </summary>
internal static class AuditSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Vietnamese stays readable in the log; the API encodes it again when it answers.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(BibRecord record)
    {
        var marc = Iso2709Reader.ReadOne(record.Marc).Record;
        var json = new JsonObject
        {
            ["version"] = record.Version,
            ["deleted"] = record.Deleted,
            ["title"] = record.Title,
            ["marc"] = marc is null ? null : JsonNode.Parse(MarcJson(marc)),
        };
        return json.ToJsonString(Options);
    }

    public static string Of(Item item) => JsonSerializer.Serialize(new
    {
        item.RecordId,
        item.Barcode,
        item.CallNumber,
        item.Library,
        item.Location,
        item.ItemType,
        Status = item.Status.ToString(),
        item.Price,
        item.AcquiredOn,
        item.Notes,
        item.Version,
    }, Options);

    private static byte[] MarcJson(MarcRecord record)
    {
        using var stream = new MemoryStream();
        using (var writer = new MarcJsonWriter(stream, new MarcWriterOptions { Collection = false }, leaveOpen: true))
        {
            writer.Write(record);
        }

        return stream.ToArray();
    }
}
