using System.Buffers;
using System.Runtime.CompilerServices;
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
    /// <summary>Most bytes one UTF-16 unit can become: "&amp;quot;" is six.</summary>
    public const int MaxBytesPerChar = 6;

    private const string Controls =
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F";

    // ASCII-only sets get the fastest vectorised search; U+FFFE and U+FFFF are looked for separately.
    private static readonly SearchValues<char> InText = SearchValues.Create(Controls + "\r&<>");
    private static readonly SearchValues<char> InAttribute = SearchValues.Create(Controls + "\t\n\r&<>\"");
    private static readonly SearchValues<char> InTextWithNonCharacters = SearchValues.Create(Controls + "\r&<>\uFFFE\uFFFF");
    private static readonly SearchValues<char> InAttributeWithNonCharacters = SearchValues.Create(Controls + "\t\n\r&<>\"\uFFFE\uFFFF");

    /// <summary>Writes element content into <paramref name="destination"/>, which has room for <see cref="MaxBytesPerChar"/> bytes a character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int EncodeText(ReadOnlySpan<char> text, Span<byte> destination) =>
        Encode(text, destination, text.ContainsAnyInRange('\uFFFE', '\uFFFF') ? InTextWithNonCharacters : InText);

    /// <summary>Writes an attribute value (without its quotes); room as for <see cref="EncodeText"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int EncodeAttribute(ReadOnlySpan<char> text, Span<byte> destination) =>
        Encode(text, destination, text.ContainsAnyInRange('\uFFFE', '\uFFFF') ? InAttributeWithNonCharacters : InAttribute);

    /// <summary>Writes one character of an attribute value (an indicator or a subfield code).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int EncodeAttribute(char c, Span<byte> destination)
    {
        if (c is >= ' ' and < (char)0x7F and not ('&' or '<' or '>' or '"'))
        {
            destination[0] = (byte)c;
            return 1;
        }

        return EncodeAttribute(new ReadOnlySpan<char>(in c), destination);
    }

    private static int Encode(ReadOnlySpan<char> text, Span<byte> destination, SearchValues<char> special)
    {
        var written = 0;
        while (true)
        {
            var next = text.IndexOfAny(special);
            var run = next < 0 ? text : text[..next];
            if (!run.IsEmpty)
            {
                // Unpaired surrogates are replaced with U+FFFD (replaceInvalidSequences).
                Utf8.FromUtf16(run, destination[written..], out _, out var bytes, replaceInvalidSequences: true, isFinalBlock: true);
                written += bytes;
            }

            if (next < 0)
            {
                return written;
            }

            var escape = text[next] switch
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
            escape.CopyTo(destination[written..]);
            written += escape.Length;
            text = text[(next + 1)..];
        }
    }
}
