using System.Xml;
using ThuVien.Marc;

namespace ThuVien.Network.Oai;

/// <summary>A metadata format the node disseminates (§4.4): its prefix, schema, namespace and how a record is written in it.</summary>
internal sealed record OaiMetadataFormat(string Prefix, string Schema, string Namespace, Action<XmlWriter, MarcRecord> Write)
{
    public static readonly OaiMetadataFormat DublinCore = new(
        "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", DublinCoreMetadata.OaiDcNamespace, DublinCoreMetadata.Write);

    public static readonly OaiMetadataFormat Marc21 = new(
        "marc21", "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd", ThuVien.Marc.MarcXml.MarcXmlNames.SlimNamespace, Marc21Metadata.Write);

    public static readonly IReadOnlyList<OaiMetadataFormat> All = [DublinCore, Marc21];

    public static OaiMetadataFormat? Find(string prefix) => All.FirstOrDefault(f => f.Prefix == prefix);
}
