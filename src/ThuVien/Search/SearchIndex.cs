using Lucene.Net.Search;
using ThuVien.Search.Indexing;
using ThuVien.Storage;

namespace ThuVien.Search;

/// <summary>
/// The node's search index under DATA/index: the generation being served, opened lazily, and swapped
/// for a newer one when a rebuild promotes it. Searches hold a <see cref="Lease"/> so that a swap never
/// pulls a reader from under a running search.
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    // A retired generation is closed only after every search that could still hold it has ended.
    private static readonly TimeSpan RetireAfter = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly List<(IndexGeneration Generation, long RetiredAt)> _retired = [];
    private readonly TimeProvider _clock;
    private IndexGeneration? _current;

    public SearchIndex(DatabaseSettings settings, TimeProvider clock)
    {
        Generations = new IndexGenerations(Path.Combine(settings.DataDirectory, "index"));
        _clock = clock;
    }

    public IndexGenerations Generations { get; }

    /// <summary>The generation being served (opened, or created empty, on first use).</summary>
    public IndexGeneration Current
    {
        get
        {
            lock (_gate)
            {
                if (_current is null)
                {
                    var name = Generations.Current;
                    if (name is null)
                    {
                        name = Generations.NextName();
                        _current = new IndexGeneration(name, Generations.PathOf(name));
                        _current.Commit(0);
                        Generations.Promote(name);
                    }
                    else
                    {
                        _current = new IndexGeneration(name, Generations.PathOf(name));
                    }
                }

                return _current;
            }
        }
    }

    /// <summary>A searcher over the current generation; dispose the lease when the search is done.</summary>
    public Lease Acquire()
    {
        var generation = Current;
        return new Lease(generation.Searchers, generation.Searchers.Acquire());
    }

    /// <summary>Opens the generation a rebuild promoted, if any; returns whether it switched.</summary>
    public bool SwitchIfRebuilt()
    {
        var promoted = Generations.Current;
        lock (_gate)
        {
            CloseRetired();
            if (promoted is null || _current is null || promoted == _current.Name)
            {
                return false;
            }

            var next = new IndexGeneration(promoted, Generations.PathOf(promoted));
            _retired.Add((_current, _clock.GetTimestamp()));
            _current = next;
            return true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _current?.Dispose();
            _current = null;
            foreach (var (generation, _) in _retired)
            {
                generation.Dispose();
            }

            _retired.Clear();
        }
    }

    private void CloseRetired()
    {
        for (var i = _retired.Count - 1; i >= 0; i--)
        {
            if (_clock.GetElapsedTime(_retired[i].RetiredAt) > RetireAfter)
            {
                _retired[i].Generation.Dispose();
                _retired.RemoveAt(i);
                Generations.DeleteStale(keep: _current?.Name);
            }
        }
    }

    /// <summary>A searcher borrowed from a generation.</summary>
    internal readonly struct Lease(SearcherManager manager, IndexSearcher searcher) : IDisposable
    {
        public IndexSearcher Searcher { get; } = searcher;

        public void Dispose() => manager.Release(Searcher);
    }
}
