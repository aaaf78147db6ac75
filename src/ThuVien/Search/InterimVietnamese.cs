// Interim stand-ins, replaced by Search/Vietnamese when it lands.
using System.Globalization;
using System.Text;

namespace ThuVien.Search.Vietnamese;

internal static class VietnameseText
{
    public static string Exact(string text) => text.Normalize(NormalizationForm.FormC).ToLowerInvariant();

    public static int Exact(ReadOnlySpan<char> token, Span<char> destination)
    {
        var s = Exact(token.ToString());
        s.AsSpan().CopyTo(destination);
        return s.Length;
    }

    public static string Fold(string text)
    {
        var d = text.Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            b.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return b.ToString();
    }

    public static int Fold(ReadOnlySpan<char> token, Span<char> destination)
    {
        var s = Fold(token.ToString());
        s.AsSpan().CopyTo(destination);
        return s.Length;
    }
}

internal static class VietnameseInput
{
    public static string? Decode(string word) => word is null ? null : null;
}

internal static class VietnameseCollation
{
    public static string SortKey(string text) => VietnameseText.Fold(text);

    public static IComparer<string> Comparer { get; } = Comparer<string>.Create((a, b) => string.CompareOrdinal(SortKey(a), SortKey(b)));
}
