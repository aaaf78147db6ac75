namespace ThuVien.Marc.Text;

/// <summary>
/// What <see cref="VietnameseSyllable.TryParse"/> found in a syllable: where its rhyme starts, where the
/// tone mark is and where it belongs, and whether it ends in a stop (-p -t -c -ch).
/// </summary>
internal readonly record struct VietnameseSyllableParts(
    int RhymeStart,
    VietnameseTone Tone,
    int TonePosition,
    int TraditionalTonePosition,
    int ModernTonePosition,
    bool EndsInStop);
