using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Calendar;
using ThuVien.Storage;

namespace ThuVien.Circulation.Readers;

/// <summary>Registers and changes readers, their categories and manual blocks; bad data is refused field by field.</summary>
internal sealed class ReaderWrites(CirculationStore store, TimeProvider clock)
{
    public Task<CirculationResult<ReaderCategory>> SaveCategoryAsync(string code, string name, CancellationToken cancellationToken = default) =>
        store.RunAsync(changesItems: false, async (db, ct) =>
        {
            code = code.Trim();
            if (code.Length is 0 or > 50 || code.Any(char.IsWhiteSpace) || string.IsNullOrWhiteSpace(name))
            {
                return CirculationResult<ReaderCategory>.Refused(RefusalReason.Invalid, "code: 1 to 50 characters without spaces; name: required");
            }
            var category = await db.Set<ReaderCategory>().SingleOrDefaultAsync(c => c.Code == code, ct);
            if (category is null)
            {
                category = new ReaderCategory { Code = code };
                db.Set<ReaderCategory>().Add(category);
            }
            category.Name = name.Trim();
            return CirculationResult<ReaderCategory>.Done(category);
        }, cancellationToken);

    /// <summary>A new reader, or <see cref="RefusalReason.Invalid"/> with the problems, or
    /// <see cref="RefusalReason.Conflict"/> when the card number is taken.</summary>
    public async Task<(CirculationResult<Reader> Result, IReadOnlyList<FieldProblem> Problems)> RegisterAsync(ReaderData data, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<FieldProblem> problems = [];
        var result = await store.RunAsync(changesItems: false, async (db, ct) =>
        {
            (data, problems) = data.Check(await CategoriesAsync(db, ct), LibraryTime.Today(clock));
            if (problems.Count > 0)
            {
                return CirculationResult<Reader>.Refused(RefusalReason.Invalid, string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")));
            }
            if (await db.Set<Reader>().AnyAsync(r => r.CardNumber == data.CardNumber, ct))
            {
                return CirculationResult<Reader>.Refused(RefusalReason.Conflict, $"card {data.CardNumber} is already issued");
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var reader = new Reader { CreatedAt = now, UpdatedAt = now, Version = 1 };
            data.CopyTo(reader);
            db.Set<Reader>().Add(reader);
            return CirculationResult<Reader>.Done(reader);
        }, cancellationToken);
        return (result, problems);
    }

    /// <summary>Replaces a reader's data (not the manual block); <paramref name="expectedVersion"/>, when given, refuses
    /// with <see cref="RefusalReason.Conflict"/> an edit made on a stale copy.</summary>
    public async Task<(CirculationResult<Reader> Result, IReadOnlyList<FieldProblem> Problems)> UpdateAsync(
        string cardNumber, ReaderData data, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<FieldProblem> problems = [];
        var result = await store.RunAsync(changesItems: false, async (db, ct) =>
        {
            var reader = await db.Set<Reader>().SingleOrDefaultAsync(r => r.CardNumber == cardNumber, ct);
            if (reader is null)
            {
                return CirculationResult<Reader>.Refused(RefusalReason.ReaderNotFound, cardNumber);
            }
            if (expectedVersion is { } version && version != reader.Version)
            {
                return CirculationResult<Reader>.Refused(RefusalReason.Conflict, $"reader {cardNumber} is at version {reader.Version}, not {version}");
            }
            (data, problems) = data.Check(await CategoriesAsync(db, ct), LibraryTime.Today(clock));
            if (problems.Count > 0)
            {
                return CirculationResult<Reader>.Refused(RefusalReason.Invalid, string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")));
            }
            if (data.CardNumber != reader.CardNumber && await db.Set<Reader>().AnyAsync(r => r.CardNumber == data.CardNumber, ct))
            {
                return CirculationResult<Reader>.Refused(RefusalReason.Conflict, $"card {data.CardNumber} is already issued");
            }
            data.CopyTo(reader);
            reader.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            reader.Version++;
            return CirculationResult<Reader>.Done(reader);
        }, cancellationToken);
        return (result, problems);
    }

    public Task<CirculationResult<Reader>> BlockAsync(string cardNumber, string reason, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(reason)
            ? Task.FromResult(CirculationResult<Reader>.Refused(RefusalReason.ReasonRequired, "a block needs a reason"))
            : ChangeAsync(cardNumber, r => r.ManualBlock = reason.Trim(), cancellationToken);

    public Task<CirculationResult<Reader>> UnblockAsync(string cardNumber, CancellationToken cancellationToken = default) =>
        ChangeAsync(cardNumber, r => r.ManualBlock = null, cancellationToken);

    public Task<CirculationResult<Reader>> SetHistoryConsentAsync(string cardNumber, bool keep, CancellationToken cancellationToken = default) =>
        ChangeAsync(cardNumber, r => r.KeepsLoanHistory = keep, cancellationToken);

    public static async Task<IReadOnlySet<string>> CategoriesAsync(ThuVienDb db, CancellationToken cancellationToken) =>
        (await db.Set<ReaderCategory>().Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    private Task<CirculationResult<Reader>> ChangeAsync(string cardNumber, Action<Reader> change, CancellationToken cancellationToken) =>
        store.RunAsync(changesItems: false, async (db, ct) =>
        {
            var reader = await db.Set<Reader>().SingleOrDefaultAsync(r => r.CardNumber == cardNumber, ct);
            if (reader is null)
            {
                return CirculationResult<Reader>.Refused(RefusalReason.ReaderNotFound, cardNumber);
            }
            change(reader);
            reader.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            reader.Version++;
            return CirculationResult<Reader>.Done(reader);
        }, cancellationToken);
}
