using System.Xml;

namespace ThuVien.Marc.MarcXml;

/// <summary>
/// The element and attribute names of MARCXML, atomised in the reader's name table so that
/// names are compared by reference instead of character by character.
/// </summary>
internal sealed class MarcXmlNames
{
    public const string SlimNamespace = "http://www.loc.gov/MARC21/slim";

    public MarcXmlNames()
    {
        Table = new NameTable();
        Namespace = Table.Add(SlimNamespace);
        Record = Table.Add("record");
        Leader = Table.Add("leader");
        ControlField = Table.Add("controlfield");
        DataField = Table.Add("datafield");
        Subfield = Table.Add("subfield");
        Tag = Table.Add("tag");
        Code = Table.Add("code");
        Empty = Table.Add(string.Empty);
    }

    public XmlNameTable Table { get; }

    public string Namespace { get; }

    public string Record { get; }

    public string Leader { get; }

    public string ControlField { get; }

    public string DataField { get; }

    public string Subfield { get; }

    public string Tag { get; }

    public string Code { get; }

    public string Empty { get; }
}
