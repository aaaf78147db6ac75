using System.Text;

namespace ThuVien.Marc.Tests.Vietnamese;

/// <summary>
/// Test-side MARC-8 encoder for Vietnamese (the ANSEL part of MARC-8, no escape sequences needed):
/// the text is decomposed (NFD) and each combining mark is written BEFORE its base letter, as MARC-8
/// requires. ơ ư đ and their capitals are ANSEL spacing letters.
/// </summary>
internal static class AnselEncoder
{
    public static byte[] Encode(string text)
    {
        var bytes = new List<byte>(text.Length * 2);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var i = 0;
        while (i < decomposed.Length)
        {
            var letter = decomposed[i++];
            var marksStart = i;
            while (i < decomposed.Length && decomposed[i] is >= '\u0300' and <= '\u036F')
            {
                i++;
            }

            var marks = decomposed[marksStart..i];
            byte? spacing = letter switch
            {
                'o' when marks.Contains('\u031B', StringComparison.Ordinal) => 0xBC,
                'O' when marks.Contains('\u031B', StringComparison.Ordinal) => 0xAC,
                'u' when marks.Contains('\u031B', StringComparison.Ordinal) => 0xBD,
                'U' when marks.Contains('\u031B', StringComparison.Ordinal) => 0xAD,
                'đ' => 0xB3,
                'Đ' => 0xA3,
                _ => null,
            };

            foreach (var mark in marks)
            {
                if (mark == '\u031B')
                {
                    continue;
                }

                bytes.Add(mark switch
                {
                    '\u0309' => 0xE0, // hook above
                    '\u0300' => 0xE1, // grave
                    '\u0301' => 0xE2, // acute
                    '\u0302' => 0xE3, // circumflex
                    '\u0303' => 0xE4, // tilde
                    '\u0306' => 0xE6, // breve
                    '\u0323' => 0xF2, // dot below
                    _ => throw new ArgumentException($"no MARC-8 code for U+{(int)mark:X4}", nameof(text)),
                });
            }

            if (spacing is { } special)
            {
                bytes.Add(special);
            }
            else if (letter < 0x80)
            {
                bytes.Add((byte)letter);
            }
            else
            {
                throw new ArgumentException($"no MARC-8 code for '{letter}' (U+{(int)letter:X4})", nameof(text));
            }
        }

        return [.. bytes];
    }
}
