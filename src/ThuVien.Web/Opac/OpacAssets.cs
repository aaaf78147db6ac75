using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace ThuVien.Web.Opac;

/// <summary>
/// The stylesheet and the small script, embedded in the assembly: the node runs from a plain build
/// output, where static web assets are not served. Each URL carries a hash of the content, so the
/// files can be cached for a year and a new build is fetched at once.
/// </summary>
internal sealed class OpacAssets
{
    private const string Prefix = "Opac.Assets.";

    private readonly FrozenDictionary<string, Asset> _assets;

    public OpacAssets()
    {
        var assembly = typeof(OpacAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var version = Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 6));
            var name = resource[Prefix.Length..];
            assets[name] = new Asset(bytes, ContentTypeOf(name), version);
        }

        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>"/opac/site.css?v=1a2b3c4d5e6f".</summary>
    public string Url(string name) => _assets.TryGetValue(name, out var asset) ? $"/opac/{name}?v={asset.Version}" : $"/opac/{name}";

    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapMethods("/opac/{name}", [HttpMethods.Get, HttpMethods.Head], (string name, HttpContext context) =>
        {
            if (!_assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(asset.Bytes, asset.ContentType, entityTag: new EntityTagHeaderValue($"\"{asset.Version}\""));
        }).ExcludeFromDescription();

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    };

    private sealed record Asset(byte[] Bytes, string ContentType, string Version);
}
