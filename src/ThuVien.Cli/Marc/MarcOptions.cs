using System.CommandLine;
using ThuVien.Marc;

namespace ThuVien.Cli.Marc;

/// <summary>Options shared by the marc commands.</summary>
internal static class MarcOptions
{
    public static Option<string> Encoding() => new("--encoding")
    {
        Description = "Input character encoding: auto (leader/09, with detection of UTF-8 and legacy Vietnamese), utf8, marc8, latin1, tcvn3, vni.",
        DefaultValueFactory = _ => "auto",
    };

    public static Option<string?> From() => new("--from")
    {
        Description = "Input format: mrc (ISO 2709), xml (MARCXML), json (MARC-in-JSON). Default: from the file name and content.",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Reject every record that needs a repair, instead of repairing it with a warning.",
    };

    public static MarcEncoding ParseEncoding(string value) => value.ToUpperInvariant().Replace("-", string.Empty, StringComparison.Ordinal) switch
    {
        "AUTO" => MarcEncoding.Auto,
        "UTF8" => MarcEncoding.Utf8,
        "MARC8" => MarcEncoding.Marc8,
        "LATIN1" or "ISO88591" => MarcEncoding.Latin1,
        "TCVN3" or "ABC" => MarcEncoding.Tcvn3,
        "VNI" => MarcEncoding.Vni,
        _ => throw new UsageException($"unknown encoding '{value}' (use auto, utf8, marc8, latin1, tcvn3 or vni)"),
    };

    public static MarcReaderOptions ReaderOptions(string encoding, bool strict) => new()
    {
        Encoding = ParseEncoding(encoding),
        Permissive = !strict,
    };
}
