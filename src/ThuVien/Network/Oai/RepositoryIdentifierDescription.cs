using System.Text.RegularExpressions;
using System.Xml;

namespace ThuVien.Network.Oai;

/// <summary>
/// Identify's oai-identifier description (OAI-PMH 2.0 guidelines, oai-identifier.xsd): said only when the
/// repository identifier is a domain name the scheme accepts (not "localhost", which has no dot).
/// </summary>
internal static partial class RepositoryIdentifierDescription
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/oai-identifier";

    public static bool Fits(string repository) => Pattern().IsMatch(repository);

    public static void Write(XmlWriter xml, OaiIdentifier identifiers)
    {
        xml.WriteStartElement("oai-identifier", Namespace);
        xml.WriteAttributeString("xsi", "schemaLocation", OaiResponseWriter.XsiNamespace, $"{Namespace} http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");
        xml.WriteElementString("scheme", Namespace, "oai");
        xml.WriteElementString("repositoryIdentifier", Namespace, identifiers.Repository);
        xml.WriteElementString("delimiter", Namespace, ":");
        xml.WriteElementString("sampleIdentifier", Namespace, identifiers.Of(1));
        xml.WriteEndElement();
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9\-]*(\.[a-zA-Z][a-zA-Z0-9\-]*)+$")]
    private static partial Regex Pattern();
}
