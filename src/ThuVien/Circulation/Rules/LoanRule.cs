namespace ThuVien.Circulation.Rules;

/// <summary>
/// One cell of the loan policy matrix: reader category × item type, for every library (<see cref="Library"/> null)
/// or for one library, which then overrides the general rule there.
/// </summary>
internal sealed class LoanRule
{
    public long Id { get; set; }

    public string ReaderCategory { get; set; } = string.Empty;

    public string ItemType { get; set; } = string.Empty;

    /// <summary>Null for every library.</summary>
    public string? Library { get; set; }

    public LoanTerms Terms { get; set; } = new();
}
