using System.Text;
using System.Xml;

namespace ThuVien.Network.Oai;

/// <summary>
/// Text an XML 1.0 document can hold: characters it forbids (C0 controls, U+FFFE/U+FFFF, lone surrogates)
/// become U+FFFD, as the MARCXML writer does, so neither a record nor a hostile argument breaks the response.
/// </summary>
internal static class XmlChars
{
    public static string Clean(string text)
    {
        var firstBad = IndexOfInvalid(text);
        if (firstBad < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    private static int IndexOfInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
