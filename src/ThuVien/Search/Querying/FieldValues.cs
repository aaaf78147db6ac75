namespace ThuVien.Search.Querying;

/// <summary>The words readers type for coded values (language, content type, yes/no) and the codes indexed.</summary>
internal static class FieldValues
{
    private static readonly Dictionary<string, string> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["vietnamese"] = "vie",
        ["tiếng việt"] = "vie",
        ["tieng viet"] = "vie",
        ["việt"] = "vie",
        ["viet"] = "vie",
        ["vi"] = "vie",
        ["english"] = "eng",
        ["tiếng anh"] = "eng",
        ["tieng anh"] = "eng",
        ["anh"] = "eng",
        ["en"] = "eng",
        ["french"] = "fre",
        ["tiếng pháp"] = "fre",
        ["tieng phap"] = "fre",
        ["pháp"] = "fre",
        ["phap"] = "fre",
        ["fr"] = "fre",
        ["fra"] = "fre",
        ["chinese"] = "chi",
        ["tiếng trung"] = "chi",
        ["tieng trung"] = "chi",
        ["zh"] = "chi",
        ["zho"] = "chi",
        ["russian"] = "rus",
        ["tiếng nga"] = "rus",
        ["tieng nga"] = "rus",
        ["ru"] = "rus",
        ["german"] = "ger",
        ["tiếng đức"] = "ger",
        ["tieng duc"] = "ger",
        ["de"] = "ger",
        ["deu"] = "ger",
        ["japanese"] = "jpn",
        ["tiếng nhật"] = "jpn",
        ["tieng nhat"] = "jpn",
        ["ja"] = "jpn",
    };

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sách"] = "book",
        ["sach"] = "book",
        ["books"] = "book",
        ["tạp chí"] = "serial",
        ["tap chi"] = "serial",
        ["tapchi"] = "serial",
        ["báo"] = "serial",
        ["bao"] = "serial",
        ["journal"] = "serial",
        ["bản đồ"] = "map",
        ["ban do"] = "map",
        ["bando"] = "map",
        ["nhạc"] = "music score",
        ["nhac"] = "music score",
    };

    public static string LanguageCode(string text)
    {
        var value = text.Trim();
        return Languages.TryGetValue(value, out var code) ? code : value.ToLowerInvariant();
    }

    public static string ContentType(string text)
    {
        var value = text.Trim();
        return ContentTypes.TryGetValue(value, out var type) ? type : value.ToLowerInvariant();
    }

    public static bool IsTrue(string text) => text.Trim().ToLowerInvariant() is "true" or "yes" or "1" or "co" or "có" or "sansang";
}
