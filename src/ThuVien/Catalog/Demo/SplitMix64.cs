namespace ThuVien.Catalog.Demo;

/// <summary>
/// Steele, Lea and Flood's SplitMix64 generator: a few lines, fully specified, so a fixed seed gives the
/// same numbers on every machine and every .NET version (System.Random promises that only for its
/// legacy seeded algorithm).
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number from <paramref name="min"/> up to and including <paramref name="max"/>.</summary>
    public int Between(int min, int max) => min + (int)(Next() % (ulong)(max - min + 1));

    /// <summary>True with the given chance in percent.</summary>
    public bool Chance(int percent) => Between(1, 100) <= percent;

    public T Pick<T>(IReadOnlyList<T> choices) => choices[Between(0, choices.Count - 1)];
}
