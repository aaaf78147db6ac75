using ThuVien.Marc.Mapping;

namespace ThuVien.Web.Opac;

/// <summary>Resource keys for kinds of material ("Material.Book"), from the enum or the stored content type ("music score").</summary>
internal static class MaterialLabel
{
    public static string Key(MaterialType type) => $"Material.{type}";

    public static string Key(string contentType) =>
        Enum.TryParse<MaterialType>(contentType.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var type)
            ? Key(type)
            : Key(MaterialType.Unknown);
}
