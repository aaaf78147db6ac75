using System.Buffers;
using System.Collections.Frozen;
using System.Text.Unicode;

namespace ThuVien.Marc.Text;

/// <summary>
/// Recognizes TCVN3 and VNI text by what it becomes when decoded: real Vietnamese is a run of valid
/// syllables (<see cref="VietnameseSyllable"/>), many of them very common words, while MARC-8, Latin-1
/// or the other legacy encoding decode to words that break the syllable rules.
/// </summary>
internal static class VietnameseLegacyDetector
{
    // A longer run of letters is no syllable in either encoding (the longest, "nghiêng", is 8 bytes in VNI).
    private const int MaxWordBytes = 12;

    // Below this neither encoding explains the bytes better than something else does: the answer is Auto.
    private const double Lean = 0.5;

    // Weight of an invalid word too long to be one syllable: usually a foreign name.
    private const double LongWord = 0.25;

    private const byte FieldTerminator = 0x1E;
    private const byte SubfieldDelimiter = 0x1F;

    private static readonly SearchValues<byte> AsciiVowels = SearchValues.Create("aeiouyAEIOUY"u8);

    // Words so frequent in Vietnamese titles, imprints and subjects that meeting them is strong evidence.
    private static readonly FrozenSet<string> Common = FrozenSet.Create(StringComparer.Ordinal,
        "của", "và", "các", "những", "người", "nước", "việt", "năm", "thư", "viện", "học", "trong", "về",
        "với", "được", "một", "là", "có", "đã", "nhà", "xuất", "bản", "nội", "hà", "văn", "sử", "lịch", "tập",
        "chí", "nghiên", "cứu", "tế", "xã", "hội", "đại", "quốc", "tỉnh", "thành", "phố", "hồ", "giáo", "dục",
        "tiếng", "dân", "tộc", "công", "nghệ", "thông", "phát", "triển", "chính", "trị", "pháp", "luật", "tác",
        "giả", "tổng", "hợp", "tài", "liệu", "sách", "truyện", "tiểu", "thuyết", "thơ", "đề", "số", "lý",
        "luận", "ở", "tư", "tưởng", "đạo", "đức", "trường", "sở", "bộ", "ngữ", "từ", "điển", "miền", "bắc",
        "đông", "tây", "chủ", "nghĩa", "đảng", "kỷ", "yếu", "hướng", "dẫn", "giới", "thiệu", "tuyển");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonLookup =
        Common.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Evidence gathered for one candidate encoding.</summary>
    private struct Tally
    {
        public double Valid;
        public double Invalid;
        public int Common;
    }

    /// <summary>Evidence gathered from all the words.</summary>
    private struct Evidence
    {
        public Tally Tcvn3;
        public Tally Vni;
        public int AsciiWords;
        public int AsciiValid;
    }

    public static VietnameseLegacyDetection Detect(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF) || bytes.Contains((byte)0x1B) || Utf8.IsValid(bytes))
        {
            // Plain ASCII, MARC-8 with escape sequences, or UTF-8: not a legacy Vietnamese encoding.
            return new VietnameseLegacyDetection(MarcEncoding.Auto, 0);
        }

        var evidence = default(Evidence);
        if (bytes.Contains(SubfieldDelimiter))
        {
            JudgeRecordData(bytes, ref evidence);
        }
        else
        {
            JudgeWords(bytes, ref evidence);
        }

        // Vietnamese text has unaccented syllables too ("Kinh", "Minh", "thanh"); Western European text
        // mostly has words that are no Vietnamese syllable ("les", "Histoire", "und").
        var asciiFactor = evidence.AsciiWords >= 3 ? Math.Min(1.0, 0.5 + ((double)evidence.AsciiValid / evidence.AsciiWords)) : 1.0;
        var tcvn3Confidence = Confidence(evidence.Tcvn3) * asciiFactor * Marc8Shape(bytes);
        var vniConfidence = Confidence(evidence.Vni) * asciiFactor;
        var (encoding, confidence) = tcvn3Confidence >= vniConfidence
            ? (MarcEncoding.Tcvn3, tcvn3Confidence)
            : (MarcEncoding.Vni, vniConfidence);
        confidence = Math.Round(confidence, 3);
        return new VietnameseLegacyDetection(confidence >= Lean ? encoding : MarcEncoding.Auto, confidence);
    }

    /// <summary>
    /// Evidence grows with the number of valid syllables (common words count twice): eight clean ones
    /// give about 0.94. Real Vietnamese records keep a few words that are no syllable (foreign names,
    /// old spellings like "Kách"), so up to a tenth of those costs nothing; MARC-8 and Latin-1 read as
    /// Vietnamese fail on half their words or more, which sinks the confidence to 0.
    /// </summary>
    private static double Confidence(Tally tally)
    {
        if (tally.Valid <= 0)
        {
            return 0;
        }

        var share = tally.Valid / (tally.Valid + tally.Invalid);
        var quality = Math.Clamp((share - 0.6) / 0.3, 0, 1);
        var evidence = 1 - Math.Pow(2, -(tally.Valid + tally.Common) / 2);
        return evidence * quality;
    }

    /// <summary>Judges the text subfields of the data fields; control fields and numeric subfields hold codes.</summary>
    private static void JudgeRecordData(ReadOnlySpan<byte> data, ref Evidence evidence)
    {
        while (!data.IsEmpty)
        {
            var end = data.IndexOf(FieldTerminator);
            var field = end < 0 ? data : data[..end];
            data = end < 0 ? [] : data[(end + 1)..];
            var delimiter = field.IndexOf(SubfieldDelimiter);
            if (delimiter < 0)
            {
                continue;
            }

            var rest = field[(delimiter + 1)..];
            while (!rest.IsEmpty)
            {
                var next = rest.IndexOf(SubfieldDelimiter);
                var subfield = next < 0 ? rest : rest[..next];
                rest = next < 0 ? [] : rest[(next + 1)..];
                if (subfield.Length > 1 && !char.IsAsciiDigit((char)subfield[0]))
                {
                    JudgeWords(subfield[1..], ref evidence);
                }
            }
        }
    }

    private static void JudgeWords(ReadOnlySpan<byte> text, ref Evidence evidence)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordByte(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var high = false;
            while (i < text.Length && IsWordByte(text[i]))
            {
                high |= text[i] >= 0x80;
                i++;
            }

            var word = text[start..i];
            if (high)
            {
                Judge(word, vni: false, ref evidence.Tcvn3);
                Judge(word, vni: true, ref evidence.Vni);
            }
            else if (word.Length >= 2 && word.ContainsAny(AsciiVowels))
            {
                // Words without a vowel are abbreviations ("Nxb", "tr", "cm") in any language.
                evidence.AsciiWords++;
                if (word.Length <= VietnameseSyllable.MaxLength && IsAsciiSyllable(word))
                {
                    evidence.AsciiValid++;
                }
            }
        }
    }

    private static void Judge(ReadOnlySpan<byte> word, bool vni, ref Tally tally)
    {
        if (word.Length > MaxWordBytes)
        {
            tally.Invalid += LongWord;
            return;
        }

        Span<char> buffer = stackalloc char[MaxWordBytes * 2];
        var length = VietnameseLegacyDecoder.Decode(word, vni, buffer, out var looseMarks);
        var text = Trim(buffer[..length]);
        if (text.IsEmpty)
        {
            return;
        }

        if (looseMarks || !VietnameseSyllable.IsValid(text))
        {
            // Foreign names in Vietnamese records ("Ôxtơrốpxki", "Páven") are long or capitalized;
            // they weigh less than a lowercase word that breaks the rules.
            tally.Invalid += text.Length > VietnameseSyllable.MaxLength ? LongWord : char.IsUpper(text[0]) ? 0.5 : 1;
            return;
        }

        // A one-letter syllable ("ở", "à") or one that needs a byte outside TCVN3 proper is weaker evidence.
        var weak = text.Length == 1 || (!vni && !IsVn3Only(word));
        tally.Valid += weak ? 0.5 : 1;
        for (var k = 0; k < text.Length; k++)
        {
            text[k] = char.ToLowerInvariant(text[k]);
        }

        if (CommonLookup.Contains(text))
        {
            tally.Common++;
        }
    }

    /// <summary>
    /// MARC-8 puts combining marks (0xE0-0xFE) before the letter they sit on, so nearly every run of
    /// them is followed by a vowel; TCVN3 toned vowels in that range are mostly followed by a final
    /// consonant or a space. Returns a factor that halves a TCVN3 guess on MARC-8-shaped data (VNI needs
    /// no such guard: read as VNI, a mark before its letter lands on the wrong letter and breaks the word).
    /// </summary>
    private static double Marc8Shape(ReadOnlySpan<byte> bytes)
    {
        var runs = 0;
        var beforeVowel = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is < 0xE0 or > 0xFE)
            {
                continue;
            }

            while (i + 1 < bytes.Length && bytes[i + 1] is >= 0xE0 and <= 0xFE)
            {
                i++;
            }

            runs++;
            if (i + 1 < bytes.Length && IsAsciiVowel(bytes[i + 1]))
            {
                beforeVowel++;
            }
        }

        return runs >= 4 && beforeVowel >= runs * 0.75 ? 0.5 : 1.0;
    }

    private static Span<char> Trim(Span<char> text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetter(text[start]) && !IsCombining(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && !char.IsLetter(text[end - 1]) && !IsCombining(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static bool IsAsciiSyllable(ReadOnlySpan<byte> word)
    {
        Span<char> text = stackalloc char[VietnameseSyllable.MaxLength];
        for (var k = 0; k < word.Length; k++)
        {
            text[k] = (char)word[k];
        }

        return VietnameseSyllable.IsValid(text[..word.Length]);
    }

    private static bool IsVn3Only(ReadOnlySpan<byte> word)
    {
        foreach (var b in word)
        {
            if (b >= 0x80 && !Tcvn3Table.IsVn3(b))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCombining(char c) => c is >= '\u0300' and <= '\u036F';

    private static bool IsWordByte(byte b) => char.IsAsciiLetter((char)b) || (b >= 0x80 && b != 0xA0);

    private static bool IsAsciiVowel(byte b) => (b | 0x20) is (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' or (byte)'y';
}
