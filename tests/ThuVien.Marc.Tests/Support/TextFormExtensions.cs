using System.Text;

namespace ThuVien.Marc.Tests.Support;

/// <summary>Applies a <see cref="TextForm"/>.</summary>
internal static class TextFormExtensions
{
    public static string Apply(this TextForm form, string expected) =>
        form == TextForm.ExpectedAsNfc ? expected.Normalize(NormalizationForm.FormC) : expected;
}
