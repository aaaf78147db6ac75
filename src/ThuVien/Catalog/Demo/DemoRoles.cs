namespace ThuVien.Catalog.Demo;

/// <summary>
/// Relationship designators for 700 $e, in Vietnamese, the catalogue's language of cataloguing
/// (040 $b vie), worded as Vietnamese title pages word them.
/// </summary>
internal static class DemoRoles
{
    public const string CoAuthor = "tác giả";
    public const string Translator = "dịch";
    public const string Compiler = "biên soạn";
    public const string Illustrator = "minh họa";
    public const string Editor = "chủ biên";
    public const string GeneralEditor = "tổng chủ biên";
    public const string TextualEditor = "khảo đính";
    public const string Reviser = "hiệu đính";
    public const string Advisor = "hướng dẫn khoa học";
    public const string Director = "đạo diễn";
    public const string Performer = "trình bày";

    /// <summary>Editors are named one by one with the role in brackets, "Hà Huy Khoái (tổng chủ biên)".</summary>
    public static bool IsBracketed(string role) => role is Editor or GeneralEditor;
}
