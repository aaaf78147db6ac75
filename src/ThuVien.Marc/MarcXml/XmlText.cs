using System.Buffers;
using System.Text.Unicode;

namespace ThuVien.Marc.MarcXml;

/// <summary>
/// Encodes text straight into UTF-8 XML: escapes what markup needs and replaces what XML 1.0 forbids.
/// Runs of ordinary characters are found with a vectorised search and transcoded in one call.
/// </summary>
/// <remarks>
/// XML 1.0 §2.2 allows #x9, #xA, #xD, #x20-#xD7FF, #xE000-#xFFFD and #x10000-#x10FFFF. Other C0
/// controls, U+FFFE, U+FFFF and unpaired surrogates cannot be written, not even as character
/// references, so they become U+FFFD REPLACEMENT CHARACTER. Carriage returns are written as
/// <c>&amp;#13;</c> (and tabs and line feeds too inside attributes) so that a parser's line-end and
/// attribute normalisation gives back exactly the original value.
/// </remarks>
internal static class XmlText
{
    private static readonly SearchValues<char> InText = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "&<>\uFFFE\uFFFF");

    private static readonly SearchValues<char> InAttribute = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "&<>\"\uFFFE\uFFFF");

    // The longest escape written ("&quot;") and the longest UTF-8 sequence for one UTF-16 unit.
    private const int MaxEscapeLength = 6;
    private const int MaxBytesPerChar = 3;

    /// <summary>Writes element content.</summary>
    public static void WriteText(Utf8Output output, ReadOnlySpan<char> text) => Write(output, text, InText);

    /// <summary>Writes an attribute value (the caller writes the quotes).</summary>
    public static void WriteAttribute(Utf8Output output, ReadOnlySpan<char> text) => Write(output, text, InAttribute);

    /// <summary>Writes one character of an attribute value (an indicator or subfield code).</summary>
    public static void WriteAttribute(Utf8Output output, char c)
    {
        if (c < 0x80 && !InAttribute.Contains(c))
        {
            output.Write((byte)c);
            return;
        }

        Write(output, new ReadOnlySpan<char>(in c), InAttribute);
    }

    private static void Write(Utf8Output output, ReadOnlySpan<char> text, SearchValues<char> special)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(special);
            if (next < 0)
            {
                Transcode(output, text);
                return;
            }

            if (next > 0)
            {
                Transcode(output, text[..next]);
            }

            WriteEscape(output, text[next]);
            text = text[(next + 1)..];
        }
    }

    private static void Transcode(Utf8Output output, ReadOnlySpan<char> run)
    {
        while (!run.IsEmpty)
        {
            // Ask for room for the whole run when it is small; long runs go through in pieces.
            var destination = output.GetSpan(Math.Min(run.Length, 1 << 14) * MaxBytesPerChar);
            // Unpaired surrogates are replaced with U+FFFD (replaceInvalidSequences).
            Utf8.FromUtf16(run, destination, out var read, out var written, replaceInvalidSequences: true, isFinalBlock: true);
            output.Advance(written);
            run = run[read..];
        }
    }

    private static void WriteEscape(Utf8Output output, char c)
    {
        var escape = c switch
        {
            '&' => "&amp;"u8,
            '<' => "&lt;"u8,
            '>' => "&gt;"u8,
            '"' => "&quot;"u8,
            '\t' => "&#9;"u8,
            '\n' => "&#10;"u8,
            '\r' => "&#13;"u8,
            _ => "\uFFFD"u8,
        };
        var destination = output.GetSpan(MaxEscapeLength);
        escape.CopyTo(destination);
        output.Advance(escape.Length);
    }
}