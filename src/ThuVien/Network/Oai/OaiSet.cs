using System.Text.RegularExpressions;

namespace ThuVien.Network.Oai;

/// <summary>
/// A set this node offers (OAI-PMH 2.0 §4.6): records of one content type (type:book) or records with a
/// copy in one library (library:CODE). Membership follows the catalogue, so moving a copy is a change.
/// </summary>
internal sealed partial record OaiSet(OaiSetKind Kind, string Value)
{
    public const string TypePrefix = "type";
    public const string LibraryPrefix = "library";

    public string Spec => $"{(Kind == OaiSetKind.Type ? TypePrefix : LibraryPrefix)}:{Value}";

    public string Name => Kind == OaiSetKind.Type ? $"Content type: {Value}" : $"Library: {Value}";

    /// <summary>The setSpec syntax of the OAI-PMH schema (setSpecType).</summary>
    public static bool IsWellFormed(string spec) => SpecPattern().IsMatch(spec);

    /// <summary>A value that can stand in a setSpec; a library code outside that syntax is not offered as a set.</summary>
    public static bool IsValidValue(string value) => ValuePattern().IsMatch(value);

    /// <summary>The set a well-formed spec names, or null when this node has no such kind of set.</summary>
    public static OaiSet? Parse(string spec)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        var value = spec[(colon + 1)..];
        return spec[..colon] switch
        {
            TypePrefix when IsValidValue(value) => new OaiSet(OaiSetKind.Type, value),
            LibraryPrefix when IsValidValue(value) => new OaiSet(OaiSetKind.Library, value),
            _ => null,
        };
    }

    [GeneratedRegex(@"^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$")]
    private static partial Regex SpecPattern();

    [GeneratedRegex(@"^[A-Za-z0-9\-_.!~*'()]+$")]
    private static partial Regex ValuePattern();
}

/// <summary>The two kinds of <see cref="OaiSet"/>.</summary>
internal enum OaiSetKind
{
    Type,
    Library,
}
