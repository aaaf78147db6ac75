namespace ThuVien.Tests.Circulation.Support;

/// <summary>A title in a scenario with the barcodes of its copies.</summary>
internal sealed record Book(long RecordId, string Title, IReadOnlyList<string> Copies)
{
    public string Copy => Copies[0];
}
