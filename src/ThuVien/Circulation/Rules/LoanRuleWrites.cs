using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Readers;

namespace ThuVien.Circulation.Rules;

/// <summary>Sets one cell of the loan policy matrix; loans already made keep the terms they were made under.</summary>
internal sealed class LoanRuleWrites(CirculationStore store)
{
    public Task<CirculationResult<LoanRule>> SaveAsync(string category, string itemType, string? library, LoanTerms terms, CancellationToken cancellationToken = default) =>
        store.RunAsync(changesItems: false, async (db, ct) =>
        {
            if (Problem(itemType, library, terms) is { } problem)
            {
                return CirculationResult<LoanRule>.Refused(RefusalReason.Invalid, problem);
            }
            if (!await db.Set<ReaderCategory>().AnyAsync(c => c.Code == category, ct))
            {
                return CirculationResult<LoanRule>.Refused(RefusalReason.Invalid, $"category: \"{category}\" is not a reader category");
            }
            library = string.IsNullOrWhiteSpace(library) ? null : library.Trim();
            var rule = await db.Set<LoanRule>().SingleOrDefaultAsync(r => r.ReaderCategory == category && r.ItemType == itemType && r.Library == library, ct);
            if (rule is null)
            {
                rule = new LoanRule { ReaderCategory = category, ItemType = itemType, Library = library };
                db.Set<LoanRule>().Add(rule);
                await db.SaveChangesAsync(ct);
            }
            var copy = terms.Copy();
            copy.RuleId = rule.Id;
            rule.Terms = copy;
            return CirculationResult<LoanRule>.Done(rule);
        }, cancellationToken);

    private static string? Problem(string itemType, string? library, LoanTerms terms) =>
        string.IsNullOrWhiteSpace(itemType) || itemType.Length > 50 ? "itemType: 1 to 50 characters"
        : library?.Length > 50 ? "library: at most 50 characters"
        : terms.LoanDays is < 0 or > 3650 ? "loanDays: 0 (no loans) to 3650"
        : terms.Renewals is < 0 or > 100 ? "renewals: 0 to 100"
        : terms.MaxItems is < 0 or > 1000 ? "maxItems: 0 to 1000"
        : terms.GraceDays is < 0 or > 365 ? "graceDays: 0 to 365"
        : terms.FinePerDay < 0m ? "finePerDay: not negative"
        : terms.MaxFine < 0m ? "maxFine: not negative"
        : null;
}
