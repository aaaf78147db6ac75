namespace ThuVien.Circulation.Rules;

/// <summary>
/// The terms of a loan rule. A loan keeps its own copy, taken when it begins, so a later edit of the rule does not
/// rewrite what the reader agreed to.
/// </summary>
internal sealed class LoanTerms
{
    /// <summary>The rule the terms were copied from; kept as a plain number, the rule may be deleted later.</summary>
    public long RuleId { get; set; }

    public int LoanDays { get; set; }

    public int Renewals { get; set; }

    public int MaxItems { get; set; }

    public decimal FinePerDay { get; set; }

    public decimal MaxFine { get; set; }

    public int GraceDays { get; set; }

    public bool HoldsAllowed { get; set; }

    public LoanTerms Copy() => (LoanTerms)MemberwiseClone();
}
