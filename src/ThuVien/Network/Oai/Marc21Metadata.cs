using System.Xml;
using ThuVien.Marc;
using ThuVien.Marc.MarcXml;

namespace ThuVien.Network.Oai;

/// <summary>
/// marc21: the record with its copies (Koha 952) as a MARCXML record element, written by the MARC
/// library's writer and copied node by node into the response, so the response's writer escapes it again.
/// </summary>
internal static class Marc21Metadata
{
    private static readonly XmlReaderSettings Reading = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };

    public static void Write(XmlWriter xml, MarcRecord record)
    {
        using var buffer = new MemoryStream();
        using (var marc = new MarcXmlWriter(buffer, MarcWriterOptions.Default with { Collection = false, Indent = false }, leaveOpen: true))
        {
            marc.Write(record);
        }

        buffer.Position = 0;
        using var reader = XmlReader.Create(buffer, Reading);
        reader.MoveToContent();
        xml.WriteNode(reader, defattr: false);
    }
}
