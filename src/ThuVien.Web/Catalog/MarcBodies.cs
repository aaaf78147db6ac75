using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ThuVien.Marc;

namespace ThuVien.Web.Catalog;

/// <summary>MARC in HTTP bodies: one record in, as MARC-in-JSON, MARCXML or ISO 2709; one record out in any of them.</summary>
internal static class MarcBodies
{
    public const string MarcXml = "application/marcxml+xml";
    public const string Iso2709 = "application/marc";

    /// <summary>Reads exactly one record strictly: a body that needs any repair is refused with every problem, by tag.</summary>
    public static async Task<(MarcRecord? Record, Dictionary<string, string[]> Errors)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var format = FormatOf(request.ContentType);
        if (format is null)
        {
            return (null, new() { ["body"] = [$"Content-Type must be application/json (MARC-in-JSON), {MarcXml} or {Iso2709}"] });
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        using var reader = MarcFormats.OpenReader(buffer, format.Value, new MarcReaderOptions { Permissive = false });
        var results = reader.Take(2).ToList();
        if (results.Count != 1)
        {
            return (null, new() { ["body"] = [results.Count == 0 ? "the body holds no record" : "the body must hold exactly one record"] });
        }

        var result = results[0];
        if (result.Record is { } record && result.Issues.IsEmpty)
        {
            return (record, []);
        }

        var errors = result.Issues
            .GroupBy(i => i.Tag is null ? "record" : $"marc.{i.Tag}")
            .ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray());
        return (null, errors);
    }

    public static MarcFormat? FormatOf(string? contentType)
    {
        var type = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return type switch
        {
            "application/json" or "application/marc+json" => MarcFormat.MarcJson,
            MarcXml or "application/xml" or "text/xml" => MarcFormat.MarcXml,
            Iso2709 or "application/octet-stream" => MarcFormat.Iso2709,
            _ => null,
        };
    }

    public static byte[] Write(MarcRecord record, MarcFormat format)
    {
        using var output = new MemoryStream();
        using (var writer = MarcFormats.OpenWriter(output, format, new MarcWriterOptions { Collection = false }, leaveOpen: true))
        {
            writer.Write(record);
            writer.Complete();
        }

        return output.ToArray();
    }

    public static JsonElement ToJson(MarcRecord record) => JsonDocument.Parse(Write(record, MarcFormat.MarcJson)).RootElement.Clone();
}
