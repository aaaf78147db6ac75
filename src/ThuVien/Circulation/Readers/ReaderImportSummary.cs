namespace ThuVien.Circulation.Readers;

/// <summary>What an import did. <see cref="Read"/> = <see cref="Accepted"/> + <see cref="Rejected"/>, always; a rejected
/// row may have several <see cref="Rejections"/>, one per column at fault.</summary>
internal sealed record ReaderImportSummary(int Read, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<ReaderRejection> Rejections)
{
    public int Accepted => Created + Updated + Unchanged;
}
