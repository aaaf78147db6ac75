using CsCheck;
using ThuVien.Circulation;
using ThuVien.Circulation.Calendar;
using ThuVien.Circulation.Desk;
using ThuVien.Circulation.Rules;
using ThuVien.Tests.Circulation.Support;

namespace ThuVien.Tests.Circulation.Desk;

public sealed class LoanPropertyTests
{
    private static readonly Gen<DateOnly> Day = Gen.Int[new DateOnly(2020, 1, 1).DayNumber, new DateOnly(2040, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    /// <summary>The default calendar (Sundays and the public holidays, Tết included) with up to four closures.</summary>
    private static readonly Gen<LibraryCalendar> Calendar = Gen.Select(Day, Gen.Int[0, 20]).Array[0, 4].Select(closures =>
        new LibraryCalendar(LibraryCalendarSettings.Default with
        {
            Closures = [.. closures.Select(c => new AdHocClosure(c.Item1, c.Item1.AddDays(c.Item2), "Kiểm kê kho"))],
        }));

    private static readonly Gen<LoanTerms> Terms = Gen.Select(Gen.Int[0, 10], Gen.Int[0, 5_000], Gen.Int[0, 200_000], (grace, perDay, max) =>
        new LoanTerms { LoanDays = 14, MaxItems = 3, GraceDays = grace, FinePerDay = perDay, MaxFine = max });

    [Fact]
    public void A_fine_never_exceeds_the_maximum_and_a_closed_day_never_adds_to_it()
    {
        Gen.Select(Calendar, Terms, Day, Gen.Int[0, 400]).Sample((calendar, terms, due, daysLate) =>
        {
            var loan = new Loan { DueOn = due, Terms = terms };
            var returned = due.AddDays(daysLate);
            var fine = loan.FineOn(calendar, returned);
            Assert.InRange(fine, 0m, terms.MaxFine);
            Assert.True(fine >= loan.FineOn(calendar, returned.AddDays(-1)), "a later return never owes less");
            if (!calendar.IsOpen(returned))
            {
                Assert.Equal(loan.FineOn(calendar, returned.AddDays(-1)), fine);
            }
            if (fine < terms.MaxFine)
            {
                var open = Enumerable.Range(1, daysLate).Count(i => calendar.IsOpen(due.AddDays(i)));
                Assert.Equal(Math.Max(0, open - terms.GraceDays) * terms.FinePerDay, fine);
            }
        }, iter: 500);
    }

    /// <summary>Random sequences of lending and taking back six magazines (adults: two at a time) never leave a
    /// reader with more than the rule allows, and a refusal for too many comes exactly when the reader is at it.</summary>
    [Fact]
    public async Task Loans_on_hand_never_exceed_the_rule_maximum()
    {
        await using var library = await CirculationLibrary.OpenAsync(Engine.Sqlite, new DateOnly(2026, 11, 25));
        await library.BookAsync("Tạp chí Tia Sáng", "magazine", "TS-1", "TS-2", "TS-3", "TS-4", "TS-5", "TS-6");
        var readers = 0;
        await Gen.Select(Gen.Bool, Gen.Int[1, 6]).Array[1, 20].SampleAsync(async steps =>
        {
            var card = await library.ReaderAsync("Bạn đọc thử", "adult", $"P-{Interlocked.Increment(ref readers)}", new DateOnly(2027, 12, 31));
            var onHand = new HashSet<string>();
            foreach (var (lend, copy) in steps)
            {
                var barcode = $"TS-{copy}";
                if (lend)
                {
                    var result = await library.CheckOut.RunAsync(card, barcode, CirculationLibrary.HaNoi);
                    if (result.IsDone)
                    {
                        onHand.Add(barcode);
                    }
                    else if (!onHand.Contains(barcode))
                    {
                        Assert.Equal(RefusalReason.TooManyItems, result.Reason);
                        Assert.Equal(CirculationLibrary.AdultMagazines.MaxItems, onHand.Count);
                    }
                }
                else if (onHand.Remove(barcode))
                {
                    Assert.True((await library.CheckIn.RunAsync(barcode, CirculationLibrary.HaNoi)).IsDone);
                }
                Assert.InRange((await library.OpenLoansAsync(card)).Count, 0, CirculationLibrary.AdultMagazines.MaxItems);
            }
            foreach (var barcode in onHand)
            {
                Assert.True((await library.CheckIn.RunAsync(barcode, CirculationLibrary.HaNoi)).IsDone);
            }
        }, iter: 40, threads: 1);
    }
}
