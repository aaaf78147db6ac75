namespace ThuVien.Marc.Text;

/// <summary>
/// The decoding loop shared by TCVN3 and VNI: one table lookup per byte, tone and shape marks folded
/// into the preceding vowel by <see cref="VietnameseLetters"/>, no allocation.
/// </summary>
internal static class VietnameseLegacyDecoder
{
    /// <summary>Room the output needs: a VNI modifier that fits no vowel becomes two combining marks.</summary>
    public static int MaxCharCount(int byteCount) => byteCount * 2;

    /// <summary>
    /// Decodes into <paramref name="output"/> (at least <see cref="MaxCharCount"/> long) and returns the
    /// length written. <paramref name="looseMarks"/> says that a mark could not be folded into a Vietnamese
    /// letter and was written as a combining character, so the text still needs NFC normalization.
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> bytes, bool vni, Span<char> output, out bool looseMarks)
    {
        looseMarks = false;
        var length = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                output[length++] = (char)b;
                continue;
            }

            int shape;
            VietnameseTone tone;
            if (vni)
            {
                if (!VniTable.IsModifier(b, out shape, out var vniTone))
                {
                    output[length++] = VniTable.High[b - 0x80];
                    continue;
                }

                tone = (VietnameseTone)vniTone;
            }
            else
            {
                shape = VietnameseLetters.NoShape;
                tone = Tcvn3Table.CombiningTone(b);
                if (tone == VietnameseTone.None)
                {
                    output[length++] = Tcvn3Table.High[b - 0x80];
                    continue;
                }
            }

            if (length > 0 && VietnameseLetters.TryApply(output[length - 1], shape, tone, out var letter))
            {
                output[length - 1] = letter;
                continue;
            }

            // A mark on a consonant, a space or another mark: keep it as Unicode combining characters.
            looseMarks = true;
            if (shape != VietnameseLetters.NoShape)
            {
                output[length++] = VietnameseLetters.CombiningShape(shape);
            }

            if (tone != VietnameseTone.None)
            {
                output[length++] = VietnameseLetters.CombiningTone(tone);
            }
        }

        return length;
    }
}
