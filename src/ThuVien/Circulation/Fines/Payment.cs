namespace ThuVien.Circulation.Fines;

/// <summary>Money taken at the desk towards one fine, with the number printed on the receipt.</summary>
internal sealed class Payment
{
    public long Id { get; set; }

    public long FineId { get; set; }

    public long? ReaderId { get; set; }

    public decimal Amount { get; set; }

    /// <summary>"PT2026-000042": the year of payment and the payment's number.</summary>
    public string ReceiptNumber { get; set; } = string.Empty;

    public string Library { get; set; } = string.Empty;

    public DateTime PaidAt { get; set; }
}
