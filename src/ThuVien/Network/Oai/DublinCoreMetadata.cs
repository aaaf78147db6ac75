using System.Xml;
using ThuVien.Marc;
using ThuVien.Marc.Mapping;

namespace ThuVien.Network.Oai;

/// <summary>oai_dc (OAI-PMH 2.0 §6.2, mandatory): the catalogue's MARC→Dublin Core crosswalk as an oai_dc:dc element.</summary>
internal static class DublinCoreMetadata
{
    public const string OaiDcNamespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public const string DcNamespace = "http://purl.org/dc/elements/1.1/";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(XmlWriter xml, MarcRecord record)
    {
        var dc = DublinCoreRecord.FromMarc(record);
        xml.WriteStartElement("oai_dc", "dc", OaiDcNamespace);
        xml.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, $"{OaiDcNamespace} http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        foreach (var statement in dc.Statements)
        {
            xml.WriteElementString("dc", statement.Name, DcNamespace, XmlChars.Clean(statement.Value));
        }

        xml.WriteEndElement();
    }
}
