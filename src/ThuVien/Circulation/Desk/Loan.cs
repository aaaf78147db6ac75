using ThuVien.Circulation.Calendar;
using ThuVien.Circulation.Rules;

namespace ThuVien.Circulation.Desk;

/// <summary>
/// One lending of one copy. Open while <see cref="ClosedAt"/> is null; at most one open loan per item (a unique
/// index holds that even against two racing desks). A closed loan of a reader who gave no consent to keep their
/// history loses <see cref="ReaderId"/> and keeps the item, the dates and the fine.
/// </summary>
internal sealed class Loan
{
    public long Id { get; set; }

    public long ItemId { get; set; }

    public long RecordId { get; set; }

    /// <summary>Null once anonymised (Decree 13/2023).</summary>
    public long? ReaderId { get; set; }

    /// <summary>The item type when lent, which the rule and the count of loans are about.</summary>
    public string ItemType { get; set; } = string.Empty;

    /// <summary>The library whose desk lent the item.</summary>
    public string Library { get; set; } = string.Empty;

    public DateTime LoanedAt { get; set; }

    /// <summary>A library day (UTC+7), never a closed one.</summary>
    public DateOnly DueOn { get; set; }

    public int RenewalsUsed { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>The library day the loan ended, from which fines are counted.</summary>
    public DateOnly? ClosedOn { get; set; }

    public LoanEnd? End { get; set; }

    /// <summary>The overdue fine charged when the loan closed (also in the fines table while it is owed).</summary>
    public decimal OverdueFine { get; set; }

    /// <summary>The rule that applied, copied when the loan began.</summary>
    public LoanTerms Terms { get; set; } = new();

    public int Version { get; set; }

    public bool IsOpen => ClosedAt is null;

    public bool IsOverdue(TimeProvider clock) => IsOpen && DueOn < LibraryTime.Today(clock);

    /// <summary>Open days past the due date up to <paramref name="day"/>, closed days not counted.</summary>
    public int OpenDaysLate(LibraryCalendar calendar, DateOnly day) => day > DueOn ? calendar.OpenDaysBetween(DueOn, day) : 0;

    /// <summary>The overdue fine as of <paramref name="day"/>: open days late beyond the grace days × the fine per day,
    /// capped at the maximum.</summary>
    public decimal FineOn(LibraryCalendar calendar, DateOnly day)
    {
        var chargeable = OpenDaysLate(calendar, day) - Terms.GraceDays;
        return chargeable <= 0 ? 0m : Math.Min(chargeable * Terms.FinePerDay, Terms.MaxFine);
    }
}

/// <summary>How a loan ended.</summary>
internal enum LoanEnd
{
    Returned = 1,
    Lost = 2,
}
