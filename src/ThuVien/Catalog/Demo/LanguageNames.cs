namespace ThuVien.Catalog.Demo;

/// <summary>Vietnamese names of the MARC language codes the demo uses, for 240 $l and translation notes.</summary>
internal static class LanguageNames
{
    /// <summary>"tiếng Pháp" for fre; classical Chinese originals are "chữ Hán", as Vietnamese editions say.</summary>
    public static string InText(string code) => code switch
    {
        "vie" => "tiếng Việt",
        "eng" => "tiếng Anh",
        "fre" => "tiếng Pháp",
        "rus" => "tiếng Nga",
        "spa" => "tiếng Tây Ban Nha",
        "por" => "tiếng Bồ Đào Nha",
        "jpn" => "tiếng Nhật",
        "ita" => "tiếng Ý",
        "dan" => "tiếng Đan Mạch",
        "ger" => "tiếng Đức",
        "heb" => "tiếng Hebrew",
        "chi" => "chữ Hán",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "no Vietnamese name for this language code"),
    };

    /// <summary>"Tiếng Việt", capitalised, as 240 $l gives it.</summary>
    public static string Of(string code)
    {
        var name = InText(code);
        return string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1));
    }
}
