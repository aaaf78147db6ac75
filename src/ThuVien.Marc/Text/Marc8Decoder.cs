using System.Buffers;
using System.Text;

namespace ThuVien.Marc.Text;

/// <summary>
/// MARC-8 to Unicode NFC (MARC 21 Specifications, Character Sets, Parts 2 and 5). Each value starts with
/// G0 = Basic Latin (ASCII) and G1 = Extended Latin (ANSEL). Bad input never throws: unknown escapes are
/// skipped, unmapped bytes become U+FFFD (or their ASCII reading in a G0 set), and each is reported.
/// </summary>
internal static class Marc8Decoder
{
    private const int StackChars = 256;

    // What ends a run of plain ASCII: an escape sequence or a byte of G1 or C1.
    private static readonly SearchValues<byte> NotAscii = SearchValues.Create(
        [Marc8Escape.Esc, .. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)]);

    /// <summary>Decodes one subfield or control-field value; problems are appended to <paramref name="problems"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, List<string>? problems)
    {
        var plain = bytes.IndexOfAny(NotAscii);
        if (plain < 0)
        {
            return Encoding.ASCII.GetString(bytes);
        }

        // Never more characters than bytes: EACC takes three bytes for at most two UTF-16 units.
        char[]? rented = null;
        var buffer = bytes.Length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(bytes.Length));
        try
        {
            var output = new Marc8Output(buffer);
            var log = new Marc8ProblemLog(problems);
            output.AppendAscii(bytes[..plain]);
            Convert(bytes, plain, ref output, ref log);
            log.Finish();
            return output.ToNormalizedString();
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static void Convert(ReadOnlySpan<byte> bytes, int start, ref Marc8Output output, ref Marc8ProblemLog log)
    {
        var g0 = Marc8Tables.BasicLatin;
        var g1 = Marc8Tables.ExtendedLatin;
        var at = start;
        while (at < bytes.Length)
        {
            var b = bytes[at];
            if (b == Marc8Escape.Esc)
            {
                at += Marc8Escape.Apply(bytes, at, ref g0, ref g1, ref log);
            }
            else if (b < 0x80 && g0 == Marc8Tables.BasicLatin && !output.HasPendingMarks)
            {
                var run = bytes[at..].IndexOfAny(NotAscii);
                var length = run < 0 ? bytes.Length - at : run;
                output.AppendAscii(bytes.Slice(at, length));
                at += length;
            }
            else if (b <= 0x20 || (b == 0x7F && !g0.IsMultibyte))
            {
                // C0 controls, SPACE and DELETE are the same whatever the sets (Part 2, "8-bit code matrix"),
                // and pass through as in the ASCII runs; 0x7F may start a vendor EACC code (Marc8Eacc.Extension).
                output.AppendBase((char)b);
                at++;
            }
            else if (b is >= 0x80 and < 0xA0)
            {
                AppendControlFunction(b, at, ref output, ref log);
                at++;
            }
            else if (b is 0xA0 or 0xFF)
            {
                // G1 sets have 94 characters: these two positions are never graphic characters.
                log.NotInSet(b, at, g1, readAsAscii: false);
                output.AppendBase('\uFFFD');
                at++;
            }
            else
            {
                var set = b < 0x80 ? g0 : g1;
                if (set.IsMultibyte)
                {
                    at += AppendEacc(bytes, at, ref output, ref log);
                }
                else
                {
                    AppendSingleByte(set, b, at, ref output, ref log);
                    at++;
                }
            }
        }

        if (output.HasPendingMarks)
        {
            // Left at the end they would land on the previous letter, which they do not belong to.
            log.MarksWithoutBase();
            output.DropPendingMarks();
        }
    }

    private static void AppendSingleByte(Marc8CharacterSet set, byte b, int at, ref Marc8Output output, ref Marc8ProblemLog log)
    {
        var character = set[b];
        if (character == Marc8Tables.Unmapped)
        {
            // In G0 the usual cause is a missing "ESC s" or "ESC ( B" after a few characters of another set.
            var asAscii = b < 0x80;
            log.NotInSet(b, at, set, asAscii);
            output.AppendBase(asAscii ? (char)b : '\uFFFD');
        }
        else if (!set.IsCombining(b))
        {
            output.AppendBase(character);
        }
        else if (character != Marc8Tables.MapsToNothing)
        {
            output.AppendMark(character);
        }
    }

    private static void AppendControlFunction(byte b, int at, ref Marc8Output output, ref Marc8ProblemLog log)
    {
        var character = Marc8Tables.ControlFunctions[b - 0x80];
        if (character == Marc8Tables.Unmapped)
        {
            log.UnknownControl(b, at);
            character = '\uFFFD';
        }

        output.AppendBase(character);
    }

    /// <summary>Reads one three-byte EACC character; returns the bytes taken (fewer when it is cut short).</summary>
    private static int AppendEacc(ReadOnlySpan<byte> bytes, int at, ref Marc8Output output, ref Marc8ProblemLog log)
    {
        if (at + 3 <= bytes.Length && Marc8Eacc.Extension(bytes.Slice(at, 3)) is var extension and >= 0)
        {
            output.AppendBase(extension);
            return 3;
        }

        var half = bytes[at] & 0x80;
        var length = 1;
        while (length < 3 && at + length < bytes.Length && IsEaccByte(bytes[at + length], half))
        {
            length++;
        }

        if (length < 3)
        {
            // In G0 the usual cause is ASCII punctuation written without "ESC ( B" first.
            var asAscii = half == 0;
            log.IncompleteEacc(bytes.Slice(at, length), at, asAscii);
            if (asAscii)
            {
                foreach (var b in bytes.Slice(at, length))
                {
                    output.AppendBase((char)b);
                }
            }
            else
            {
                output.AppendBase('\uFFFD');
            }

            return length;
        }

        var codePoint = Lookup(bytes, at, half);
        if (codePoint >= 0)
        {
            output.AppendBase(codePoint);
            return 3;
        }

        var step = Realign(bytes, at, half);
        log.NotInEacc(bytes.Slice(at, 3), at, step);
        output.AppendBase('\uFFFD');
        return step;
    }

    /// <summary>
    /// After a character that is not in the table: a lost byte (a common corruption) shifts every following
    /// character, so resume one or two bytes on when the characters from there are valid and those three
    /// bytes on are not.
    /// </summary>
    private static int Realign(ReadOnlySpan<byte> bytes, int at, int half)
    {
        var best = 3;
        var bestRun = ValidRun(bytes, at + 3, half);
        for (var step = 1; step <= 2; step++)
        {
            var run = ValidRun(bytes, at + step, half);
            if (run > bestRun)
            {
                best = step;
                bestRun = run;
            }
        }

        return best;
    }

    // How many of the (up to three) characters from 'from' are in the table.
    private static int ValidRun(ReadOnlySpan<byte> bytes, int from, int half)
    {
        var run = 0;
        while (run < 3 && Lookup(bytes, from + (3 * run), half) >= 0)
        {
            run++;
        }

        return run;
    }

    private static int Lookup(ReadOnlySpan<byte> bytes, int at, int half)
    {
        if (at + 3 > bytes.Length || (bytes[at] & 0x80) != half || !IsEaccByte(bytes[at + 1], half) || !IsEaccByte(bytes[at + 2], half))
        {
            return -1;
        }

        return Marc8Eacc.Lookup(bytes[at], bytes[at + 1], bytes[at + 2]);
    }

    // The second and third bytes stay in the same half of the code table as the first; 0x20 occurs as a
    // third byte (0x212320, ideographic space).
    private static bool IsEaccByte(byte b, int half) => (b & 0x80) == half && (b & 0x7F) is >= 0x20 and <= 0x7E;
}
