using System.Globalization;
using System.Text;
using System.Xml;

namespace ThuVien.Network.Oai;

/// <summary>
/// Writes OAI-PMH responses (§3.2) with an XmlWriter into UTF-8 bytes: the envelope with responseDate and
/// request, then either the verb's element or the errors. Elements within write through the helpers here.
/// </summary>
internal sealed class OaiResponseWriter(string baseUrl, DateTime responseDate)
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/";
    public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false, CheckCharacters = true };

    public byte[] Errors(OaiRequest? request, IReadOnlyList<OaiError> errors) => Envelope(
        errors.Any(e => e.VoidsArguments) ? null : request,
        xml =>
        {
            foreach (var error in errors)
            {
                xml.WriteStartElement("error", Namespace);
                xml.WriteAttributeString("code", error.Code);
                xml.WriteString(XmlChars.Clean(error.Message));
                xml.WriteEndElement();
            }
        });

    public byte[] Verb(OaiRequest request, Action<XmlWriter> body) => Envelope(request, xml =>
    {
        xml.WriteStartElement(request.Verb.ToString(), Namespace);
        body(xml);
        xml.WriteEndElement();
    });

    public static void Header(XmlWriter xml, OaiHeader header, OaiIdentifier identifiers)
    {
        xml.WriteStartElement("header", Namespace);
        if (header.Deleted)
        {
            xml.WriteAttributeString("status", "deleted");
        }

        xml.WriteElementString("identifier", Namespace, identifiers.Of(header.RecordId));
        xml.WriteElementString("datestamp", Namespace, OaiDate.Format(header.Datestamp));
        foreach (var spec in header.SetSpecs)
        {
            xml.WriteElementString("setSpec", Namespace, spec);
        }

        xml.WriteEndElement();
    }

    /// <summary>§3.5: a token with its attributes, or on the last page an empty one that closes the list.</summary>
    public static void Token(XmlWriter xml, string? token, DateTime? expires, long completeListSize, long cursor)
    {
        xml.WriteStartElement("resumptionToken", Namespace);
        if (expires is { } at)
        {
            xml.WriteAttributeString("expirationDate", OaiDate.Format(at));
        }

        xml.WriteAttributeString("completeListSize", completeListSize.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("cursor", cursor.ToString(CultureInfo.InvariantCulture));
        if (token is not null)
        {
            xml.WriteString(token);
        }

        xml.WriteEndElement();
    }

    private byte[] Envelope(OaiRequest? request, Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("OAI-PMH", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, $"{Namespace} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            xml.WriteElementString("responseDate", Namespace, OaiDate.Format(responseDate));
            xml.WriteStartElement("request", Namespace);
            foreach (var (name, value) in request?.Echo ?? [])
            {
                xml.WriteAttributeString(name, XmlChars.Clean(value));
            }

            xml.WriteString(baseUrl);
            xml.WriteEndElement();
            body(xml);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}
