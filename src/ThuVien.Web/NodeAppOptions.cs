using ThuVien.Catalog;
using ThuVien.Storage;

namespace ThuVien.Web;

/// <summary>Everything `thuvien serve` decides before the web host starts.</summary>
internal sealed record NodeAppOptions(DatabaseSettings Database, IReadOnlyList<IDatabaseProvider> Providers)
{
    public string Urls { get; init; } = "http://localhost:5000";

    public bool LoadDemo { get; init; } = true;

    /// <summary>Who the node is (library code, name, base URL, role); null parts keep what is stored.</summary>
    public NodeSetup.Options? Identity { get; init; }

    /// <summary>Largest request body accepted (413 above it).</summary>
    public long MaxRequestBodyBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Called with the one-time setup link ("/account/setup?code=…", relative to the node's address) when
    /// the node starts with no account: whoever opens it creates the first administrator.
    /// </summary>
    public Action<string>? OnSetupLink { get; init; }
}
