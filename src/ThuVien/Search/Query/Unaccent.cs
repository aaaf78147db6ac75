using System.Text;

namespace ThuVien.Search.Query;

/// <summary>
/// Folds the short keywords of the query language (field names, yes/no values) to lower-case
/// ASCII, so "Tác_Giả" finds "tacgia". Search terms themselves are folded by the analysis, not here.
/// </summary>
internal static class Unaccent
{
    private const string Accented = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    private static readonly string Plain = string.Create(Accented.Length, 0, static (plain, _) =>
    {
        for (var i = 0; i < Accented.Length; i++)
        {
            // đ has no decomposition; every other letter decomposes to its base letter first.
            plain[i] = Accented[i] == 'đ' ? 'd' : Accented[i].ToString().Normalize(NormalizationForm.FormD)[0];
        }
    });

    /// <summary>Writes the folded <paramref name="source"/> (underscores left out) and returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        var length = 0;
        foreach (var c in source)
        {
            if (c == '_')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower >= 0x80)
            {
                var index = Accented.IndexOf(lower, StringComparison.Ordinal);
                if (index >= 0)
                {
                    lower = Plain[index];
                }
            }

            destination[length++] = lower;
        }

        return length;
    }
}
