using System.Collections.Frozen;

namespace ThuVien.Marc.Text;

/// <summary>
/// Every toneless rhyme (vowel nucleus with its glides, plus the final) of the standard orthography. A
/// closed list says more than a grammar of nuclei and codas: "oong" (xoong) is a rhyme, "iên" only after an
/// onset, "uơ" only in thuở and huơ.
/// </summary>
internal static class VietnameseRhymes
{
    private static readonly FrozenSet<string> All = FrozenSet.Create(StringComparer.Ordinal,
        "a", "ai", "ao", "au", "ay", "ac", "ach", "am", "an", "ang", "anh", "ap", "at",
        "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
        "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
        "e", "eo", "ec", "em", "en", "eng", "ep", "et",
        "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
        "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu",
        "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
        "y", "yêm", "yên", "yêt", "yêu",
        "o", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
        "oăc", "oăm", "oăn", "oăng", "oăt", "oc", "oe", "oen", "oeo", "oet", "oi", "om", "on", "ong",
        "ooc", "oong", "op", "ot",
        "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "uân", "uâng", "uât", "uây", "uc", "uê", "uêch", "uênh", "ui", "um", "un", "ung", "up", "ut",
        "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyp", "uyt", "uyu",
        "uôc", "uôi", "uôm", "uôn", "uông", "uôt", "uơ",
        "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu",
        "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        All.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="rhyme"/> (lower case, toneless) is a rhyme of the orthography.</summary>
    public static bool Contains(ReadOnlySpan<char> rhyme) => Lookup.Contains(rhyme);
}
