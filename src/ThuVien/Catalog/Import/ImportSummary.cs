namespace ThuVien.Catalog.Import;

/// <summary>The counts of an import; read = created + updated + unchanged + rejected, always.</summary>
internal sealed class ImportSummary
{
    public long Read { get; private set; }

    public long Created { get; private set; }

    public long Updated { get; private set; }

    public long Unchanged { get; private set; }

    public long Rejected { get; private set; }

    public void Count(ImportOutcome outcome)
    {
        Read++;
        switch (outcome)
        {
            case ImportOutcome.Created: Created++; break;
            case ImportOutcome.Updated: Updated++; break;
            case ImportOutcome.Unchanged: Unchanged++; break;
            default: Rejected++; break;
        }
    }

    public void Add(ImportSummary other)
    {
        Read += other.Read;
        Created += other.Created;
        Updated += other.Updated;
        Unchanged += other.Unchanged;
        Rejected += other.Rejected;
    }

    public override string ToString() =>
        $"read {Read}, created {Created}, updated {Updated}, unchanged {Unchanged}, rejected {Rejected}";
}
