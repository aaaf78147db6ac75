using ThuVien.Marc;

namespace ThuVien.Cli.Marc;

/// <summary>Counts what came in, so that read = accepted + rejected always adds up in the summary.</summary>
internal sealed class ReadTally
{
    public long Read { get; private set; }

    public long Accepted { get; private set; }

    public long WithWarnings { get; private set; }

    public long Rejected { get; private set; }

    /// <summary>Records that were read but could not be written in the output format.</summary>
    public long NotWritten { get; private set; }

    public void Count(MarcReadResult result)
    {
        Read++;
        if (result.IsAccepted)
        {
            Accepted++;
            if (result.HasWarnings)
            {
                WithWarnings++;
            }
        }
        else
        {
            Rejected++;
        }
    }

    public void CountNotWritten() => NotWritten++;

    public void Add(ReadTally other)
    {
        Read += other.Read;
        Accepted += other.Accepted;
        WithWarnings += other.WithWarnings;
        Rejected += other.Rejected;
        NotWritten += other.NotWritten;
    }

    public string Summary(string file) =>
        $"{file}: read {Read}, accepted {Accepted} ({WithWarnings} with warnings), rejected {Rejected}"
        + (NotWritten > 0 ? $", not written {NotWritten}" : string.Empty);
}
