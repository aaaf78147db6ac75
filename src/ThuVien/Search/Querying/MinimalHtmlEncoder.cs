using System.Text;
using Lucene.Net.Search.Highlight;

namespace ThuVien.Search.Querying;

/// <summary>
/// Escapes only what HTML needs (&amp; &lt; &gt; " '), leaving Vietnamese letters as they are; Lucene's
/// SimpleHTMLEncoder turns every letter beyond ASCII into a numeric entity, which bloats JSON.
/// </summary>
internal sealed class MinimalHtmlEncoder : IEncoder
{
    public string EncodeText(string originalText)
    {
        if (originalText.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return originalText;
        }

        var encoded = new StringBuilder(originalText.Length + 16);
        foreach (var c in originalText)
        {
            _ = c switch
            {
                '&' => encoded.Append("&amp;"),
                '<' => encoded.Append("&lt;"),
                '>' => encoded.Append("&gt;"),
                '"' => encoded.Append("&quot;"),
                '\'' => encoded.Append("&#39;"),
                _ => encoded.Append(c),
            };
        }

        return encoded.ToString();
    }
}
