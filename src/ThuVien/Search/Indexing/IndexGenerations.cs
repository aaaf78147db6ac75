namespace ThuVien.Search.Indexing;

/// <summary>
/// The index folder holds generations: a full rebuild writes a new one beside the one being served and
/// then names it in CURRENT, so searching never stops. BUILDING names a rebuild under way, so an
/// interrupted rebuild resumes instead of starting again.
/// </summary>
internal sealed class IndexGenerations(string root)
{
    private const string CurrentFile = "CURRENT";
    private const string BuildingFile = "BUILDING";

    public string Root { get; } = root;

    /// <summary>The folder name of the generation being served, or null before the first one.</summary>
    public string? Current => Read(CurrentFile);

    /// <summary>The generation a rebuild is writing, or null when none is under way.</summary>
    public string? Building => Read(BuildingFile);

    public string PathOf(string generation) => Path.Combine(Root, generation);

    /// <summary>A name that sorts after every existing generation.</summary>
    public string NextName()
    {
        Directory.CreateDirectory(Root);
        var highest = Directory.EnumerateDirectories(Root, "g*")
            .Select(path => int.TryParse(Path.GetFileName(path).AsSpan(1), out var number) ? number : 0)
            .DefaultIfEmpty(0)
            .Max();
        return $"g{highest + 1:D4}";
    }

    public void MarkBuilding(string generation) => Write(BuildingFile, generation);

    /// <summary>Makes <paramref name="generation"/> the served one and forgets the rebuild marker.</summary>
    public void Promote(string generation)
    {
        Write(CurrentFile, generation);
        File.Delete(Path.Combine(Root, BuildingFile));
    }

    /// <summary>Deletes generations that are neither served, being built, nor <paramref name="keep"/>.</summary>
    public void DeleteStale(string? keep = null)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        var current = Current;
        var building = Building;
        foreach (var path in Directory.EnumerateDirectories(Root, "g*"))
        {
            var name = Path.GetFileName(path);
            if (name != current && name != building && name != keep)
            {
                try
                {
                    Directory.Delete(path, recursive: true);
                }
                catch (IOException)
                {
                    // Still open in another process on a platform that forbids deleting open files: try next time.
                }
            }
        }
    }

    private string? Read(string file)
    {
        var path = Path.Combine(Root, file);
        if (!File.Exists(path))
        {
            return null;
        }

        var name = File.ReadAllText(path).Trim();
        return name.Length > 0 && Directory.Exists(PathOf(name)) ? name : null;
    }

    private void Write(string file, string generation)
    {
        Directory.CreateDirectory(Root);
        var path = Path.Combine(Root, file);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, generation);
        File.Move(temporary, path, overwrite: true);
    }
}
