namespace ThuVien.Circulation.Readers;

/// <summary>
/// A library card holder. Blocks for an expired card, fines over the limit and overdue items are worked out when
/// asked (<see cref="ReaderStanding"/>), never stored; only a manual block is kept, with its reason.
/// </summary>
internal sealed class Reader
{
    public long Id { get; set; }

    /// <summary>The barcode on the card; unique in the node.</summary>
    public string CardNumber { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public DateOnly? DateOfBirth { get; set; }

    /// <summary>The 12-digit citizen identity number (CCCD), validated by <see cref="CitizenId"/>.</summary>
    public string? NationalId { get; set; }

    /// <summary>Code of a <see cref="ReaderCategory"/> (adult, child, student, staff, …).</summary>
    public string Category { get; set; } = string.Empty;

    public string HomeLibrary { get; set; } = string.Empty;

    public DateOnly CardExpiresOn { get; set; }

    public string? Email { get; set; }

    /// <summary>A Vietnamese mobile number in the national form 0xxxxxxxxx.</summary>
    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string? Notes { get; set; }

    /// <summary>Set by staff to block the card; the reason is shown at the desk.</summary>
    public string? ManualBlock { get; set; }

    /// <summary>Decree 13/2023: loan history is kept only with consent; otherwise a loan forgets its reader on return.</summary>
    public bool KeepsLoanHistory { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Bumped by every write that depends on the reader's loans, so two desks cannot both take the last slot.</summary>
    public int Version { get; set; }
}
