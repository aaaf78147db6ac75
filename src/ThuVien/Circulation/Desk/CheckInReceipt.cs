using ThuVien.Circulation.Holds;

namespace ThuVien.Circulation.Desk;

/// <summary>What the desk shows after a return: who had it (even when the loan has just forgotten them), the fine,
/// and the hold the copy now waits for, if any.</summary>
internal sealed record CheckInReceipt(Loan Loan, long? ReaderId, decimal Fine, Hold? ShelvedFor, string Library);
