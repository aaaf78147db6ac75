using ThuVien.Circulation.Calendar;

namespace ThuVien.Circulation;

/// <summary>What a library decides for circulation as a whole; the per-category terms are in the loan rules.</summary>
internal sealed record CirculationSettings
{
    /// <summary>Outstanding fines above this block loans, renewals and holds (VND).</summary>
    public decimal FineLimit { get; init; } = 50_000m;

    /// <summary>Added to the item's price when a loan is declared lost (VND).</summary>
    public decimal LostProcessingFee { get; init; } = 20_000m;

    /// <summary>Charged for a lost item that has no price, before the processing fee (VND).</summary>
    public decimal LostDefaultPrice { get; init; } = 100_000m;

    /// <summary>Open days a reader has to collect an item from the hold shelf.</summary>
    public int HoldPickupOpenDays { get; init; } = 5;

    public LibraryCalendarSettings Calendar { get; init; } = LibraryCalendarSettings.Default;

    public static CirculationSettings Default { get; } = new();
}
