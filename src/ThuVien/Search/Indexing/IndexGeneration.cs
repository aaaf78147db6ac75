using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using ThuVien.Search.Analysis;
using Directory = Lucene.Net.Store.Directory;

namespace ThuVien.Search.Indexing;

/// <summary>
/// One generation of the index, open for writing and near-real-time searching. The change-log sequence
/// it has applied travels inside each Lucene commit, so what is on disk and how far it got can never
/// disagree: after a crash the indexer replays from the committed sequence, and since every change is an
/// update by record id, replaying never indexes a record twice.
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    private const string SequenceKey = "sequence";
    private const string ResumeKey = "resume-after-id";

    private readonly Directory _directory;
    private readonly IndexWriter _writer;

    public IndexGeneration(string name, string path, double ramBufferMegabytes = 48)
    {
        Name = name;
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, new VietnameseAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = ramBufferMegabytes,
            // Half the default segments per tier: a little more merging while writing, fewer segments to search.
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = 5, MaxMergeAtOnce = 5 },
        };
        _writer = new IndexWriter(_directory, config);
        Searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        var data = _writer.CommitData;
        CommittedSequence = data is not null && data.TryGetValue(SequenceKey, out var text) && long.TryParse(text, out var sequence) ? sequence : 0;
        ResumeAfterId = data is not null && data.TryGetValue(ResumeKey, out var id) && long.TryParse(id, out var after) ? after : 0;
    }

    public string Name { get; }

    public SearcherManager Searchers { get; }

    /// <summary>The last change-log sequence whose effect is in the latest commit.</summary>
    public long CommittedSequence { get; private set; }

    /// <summary>For a rebuild under way: the highest record id already written.</summary>
    public long ResumeAfterId { get; private set; }

    public void Upsert(long recordId, Document document) => _writer.UpdateDocument(IdTerm(recordId), document);

    public void Add(Document document) => _writer.AddDocument(document);

    public void Delete(long recordId) => _writer.DeleteDocuments(IdTerm(recordId));

    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>Makes the writes durable together with how far they go.</summary>
    public void Commit(long sequence, long resumeAfterId = 0)
    {
        var data = new Dictionary<string, string> { [SequenceKey] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (resumeAfterId > 0)
        {
            data[ResumeKey] = resumeAfterId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _writer.SetCommitData(data);
        _writer.Commit();
        CommittedSequence = sequence;
        ResumeAfterId = resumeAfterId;
    }

    /// <summary>Merges down to a few segments: every segment costs each query a term lookup and a scorer per clause.</summary>
    public void Optimise(int maxSegments) => _writer.ForceMerge(maxSegments);

    public void Refresh() => Searchers.MaybeRefreshBlocking();

    public int DocumentCount
    {
        get
        {
            var searcher = Searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                Searchers.Release(searcher);
            }
        }
    }

    public void Dispose()
    {
        Searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private static Term IdTerm(long recordId) => new(SearchFields.Id, recordId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
