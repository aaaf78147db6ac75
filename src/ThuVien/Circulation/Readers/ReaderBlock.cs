namespace ThuVien.Circulation.Readers;

/// <summary>Why a reader may not borrow: the manual block is stored, the others are worked out when asked.</summary>
internal enum ReaderBlock
{
    Manual = 1,
    CardExpired = 2,
    FinesOverLimit = 3,
    OverdueItems = 4,
}
