using System.Globalization;

namespace ThuVien.Network.Oai;

/// <summary>
/// Item identifiers of the oai-identifier scheme: oai:{repository identifier}:{record id}, the repository
/// identifier being the node's host name (OAI-PMH 2.0 §2.4 and the oai-identifier guidelines).
/// </summary>
internal sealed class OaiIdentifier(string repository)
{
    private readonly string _prefix = $"oai:{repository}:";

    public string Repository => repository;

    public string Of(long recordId) => _prefix + recordId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The record id an identifier of this node names; false for anything else.</summary>
    public bool TryParse(string identifier, out long recordId)
    {
        recordId = 0;
        return identifier.StartsWith(_prefix, StringComparison.Ordinal)
            && identifier.Length > _prefix.Length
            && long.TryParse(identifier.AsSpan(_prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out recordId)
            && recordId > 0;
    }
}
