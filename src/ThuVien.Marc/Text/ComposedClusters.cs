using System.Collections.Concurrent;
using System.Text;

namespace ThuVien.Marc.Text;

/// <summary>
/// NFC forms of combining sequences (a base character and its marks, such as "e" U+0302 U+0323 → "ệ"),
/// computed once each and then looked up without allocating. Real data repeats a few hundred sequences,
/// so this spares a normalization call, and its garbage, per value.
/// </summary>
internal static class ComposedClusters
{
    // Enough for every sequence of a language or several; beyond it sequences are still composed, uncached.
    private const int MaxCached = 4096;

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _cached;

    /// <summary>The NFC form of <paramref name="sequence"/>, which must start with a base character.</summary>
    public static string Compose(ReadOnlySpan<char> sequence)
    {
        if (Lookup.TryGetValue(sequence, out var composed))
        {
            return composed;
        }

        var key = new string(sequence);
        composed = key.Normalize(NormalizationForm.FormC);
        if (Volatile.Read(ref _cached) < MaxCached && Cache.TryAdd(key, composed))
        {
            Interlocked.Increment(ref _cached);
        }

        return composed;
    }
}
