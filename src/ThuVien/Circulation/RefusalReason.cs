namespace ThuVien.Circulation;

/// <summary>
/// Why a circulation operation was refused: stable codes that desks, the API and reports rely on. A refusal is an
/// ordinary answer, never an exception; <see cref="Refusal.MessageKey"/> names its Vietnamese and English text.
/// </summary>
internal enum RefusalReason
{
    ReaderNotFound,
    ItemNotFound,
    RecordNotFound,
    CardExpired,
    ReaderBlocked,
    TooManyItems,
    FinesOverLimit,
    OverdueItems,
    ItemNotLoanable,
    ItemAlreadyOnLoan,
    ItemOnHoldForAnother,
    ItemNotOnLoan,
    HoldsWaiting,
    RenewalsUsedUp,
    OverdueBeyondGrace,
    HoldsNotAllowed,
    AlreadyOnLoanToReader,
    AlreadyHeld,
    HoldNotFound,
    HoldClosed,
    FineNotFound,
    NothingOwed,
    AmountInvalid,
    ReasonRequired,
    OpenLoans,
    UnpaidFines,
    Invalid,
    Conflict,
}
