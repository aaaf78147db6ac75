namespace ThuVien.Marc.Tests.Support;

/// <summary>
/// Locates the shared third-party test data (THUVIEN_TESTDATA, default ../shared/testdata beside the
/// repository). Tests that need it call <see cref="Require"/>, which skips them visibly when it is absent.
/// </summary>
internal static class TestData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? RootOrNull => Root.Value;

    /// <summary>The path of a file or folder under the test data; skips the test when the data is absent.</summary>
    public static string Require(string relativePath)
    {
        var root = Root.Value;
        if (root is null)
        {
            Assert.Skip("shared test data not found (set THUVIEN_TESTDATA or put shared/ beside the repository)");
        }

        var path = Path.Combine(root, relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"test data file {relativePath} is absent");
        }

        return path;
    }

    /// <summary>Every file under a folder of the test data (for theories); empty when absent.</summary>
    public static IEnumerable<string> Files(string relativeFolder, params string[] extensions)
    {
        var root = Root.Value;
        if (root is null || !Directory.Exists(Path.Combine(root, relativeFolder)))
        {
            return [];
        }

        return Directory.EnumerateFiles(Path.Combine(root, relativeFolder), "*", SearchOption.AllDirectories)
            .Where(f => extensions.Length == 0 || extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    private static string? FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable("THUVIEN_TESTDATA");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        // Walk up from the test binary to the repository root (the folder with ThuVien.slnx).
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThuVien.slnx")))
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "testdata"));
                return Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }
}
