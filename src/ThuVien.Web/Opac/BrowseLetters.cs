namespace ThuVien.Web.Opac;

/// <summary>The letters of the browse pages' letter bar: the Vietnamese alphabet (no F, J, W, Z).</summary>
internal static class BrowseLetters
{
    public static IReadOnlyList<string> All { get; } =
        ["A", "Ă", "Â", "B", "C", "D", "Đ", "E", "Ê", "G", "H", "I", "K", "L", "M", "N", "O", "Ô", "Ơ", "P", "Q", "R", "S", "T", "U", "Ư", "V", "X", "Y"];
}
