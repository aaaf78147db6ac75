using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThuVien.Circulation.Calendar;
using ThuVien.Storage;

namespace ThuVien.Circulation.Readers;

/// <summary>
/// Readers from a CSV file with a header row. Each row is checked as the desk checks a registration; a bad row is
/// reported (row, column, reason) and the others go on. A card number already known updates that reader, so
/// importing the same file again creates nothing. Rows are written in batches, one transaction each.
/// </summary>
internal sealed class ReaderImport(CirculationStore store, TimeProvider clock)
{
    public static readonly string[] Columns =
        ["card_number", "name", "category", "home_library", "card_expires", "date_of_birth", "national_id", "email", "phone", "address", "notes", "keeps_loan_history"];

    private static readonly string[] Required = ["card_number", "name", "category", "home_library", "card_expires"];
    private const int BatchSize = 500;

    public async Task<ReaderImportSummary> RunAsync(Stream csv, CancellationToken cancellationToken = default)
    {
        var rejections = new List<ReaderRejection>();
        int read = 0, created = 0, updated = 0, unchanged = 0, rejected = 0;
        Dictionary<string, int>? header = null;
        var missing = new List<string>();
        var batch = new List<(int Row, ReaderData Data)>();
        await foreach (var row in CsvReader.ReadAsync(csv, cancellationToken))
        {
            if (header is null)
            {
                header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < row.Fields.Count; i++)
                {
                    header.TryAdd(row.Fields[i].Trim(), i);
                }
                missing = [.. Required.Where(c => !header.ContainsKey(c))];
                continue;
            }
            read++;
            var problems = Problems(row, header, missing, out var data);
            if (problems.Count > 0)
            {
                rejected++;
                rejections.AddRange(problems);
                continue;
            }
            batch.Add((row.Row, data!));
            if (batch.Count == BatchSize)
            {
                Add(await WriteAsync(batch, rejections, cancellationToken));
                batch.Clear();
            }
        }
        Add(await WriteAsync(batch, rejections, cancellationToken));
        return new ReaderImportSummary(read, created, updated, unchanged, rejected, rejections);

        void Add((int Created, int Updated, int Unchanged, int Rejected) counts)
        {
            created += counts.Created;
            updated += counts.Updated;
            unchanged += counts.Unchanged;
            rejected += counts.Rejected;
        }
    }

    private static List<ReaderRejection> Problems(CsvRow row, Dictionary<string, int> header, List<string> missing, out ReaderData? data)
    {
        data = null;
        var problems = missing.Select(c => new ReaderRejection(row.Row, c, "the header has no such column")).ToList();
        if (row.Problem is not null)
        {
            problems.Add(new(row.Row, null, row.Problem));
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        string? Field(string column) => header.TryGetValue(column, out var i) && i < row.Fields.Count && !string.IsNullOrWhiteSpace(row.Fields[i]) ? row.Fields[i].Trim() : null;
        var expires = Date(Field("card_expires"), "card_expires", required: true);
        var born = Date(Field("date_of_birth"), "date_of_birth", required: false);
        var keeps = Field("keeps_loan_history") switch
        {
            null => false,
            var text when new[] { "1", "true", "yes", "x", "có", "co" }.Contains(text.ToLowerInvariant()) => true,
            var text when new[] { "0", "false", "no", "không", "khong" }.Contains(text.ToLowerInvariant()) => false,
            var text => Problem<bool>("keeps_loan_history", $"\"{text}\" is neither yes (1, có) nor no (0, không)."),
        };
        if (problems.Count > 0)
        {
            return problems;
        }
        data = new ReaderData(
            Field("card_number") ?? string.Empty, Field("name") ?? string.Empty, Field("category") ?? string.Empty,
            Field("home_library") ?? string.Empty, expires!.Value, born, Field("national_id"), Field("email"), Field("phone"),
            Field("address"), Field("notes"), keeps);
        return problems;

        DateOnly? Date(string? text, string column, bool required)
        {
            if (text is null)
            {
                return required ? Problem<DateOnly?>(column, "A date is required (yyyy-mm-dd or dd/mm/yyyy).") : null;
            }
            return DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : Problem<DateOnly?>(column, $"\"{text}\" is not a date (yyyy-mm-dd or dd/mm/yyyy).");
        }

        T? Problem<T>(string column, string reason)
        {
            problems.Add(new(row.Row, column, reason));
            return default;
        }
    }

    private async Task<(int Created, int Updated, int Unchanged, int Rejected)> WriteAsync(
        List<(int Row, ReaderData Data)> batch, List<ReaderRejection> rejections, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return default;
        }
        var found = new List<ReaderRejection>();
        var result = await store.RunAsync(changesItems: false, async (db, ct) =>
        {
            found.Clear();
            var counts = (Created: 0, Updated: 0, Unchanged: 0, Rejected: 0);
            var categories = await ReaderWrites.CategoriesAsync(db, ct);
            var today = LibraryTime.Today(clock);
            var now = clock.GetUtcNow().UtcDateTime;
            var cards = batch.Select(b => b.Data.CardNumber.Trim()).Distinct().ToList();
            var known = await db.Set<Reader>().Where(r => cards.Contains(r.CardNumber)).ToDictionaryAsync(r => r.CardNumber, ct);
            foreach (var (row, raw) in batch)
            {
                var (data, problems) = raw.Check(categories, today);
                if (problems.Count > 0)
                {
                    counts.Rejected++;
                    found.AddRange(problems.Select(p => new ReaderRejection(row, p.Field, p.Message)));
                    continue;
                }
                if (known.TryGetValue(data.CardNumber, out var reader))
                {
                    if (data.SameAs(reader))
                    {
                        counts.Unchanged++;
                        continue;
                    }
                    counts.Updated++;
                    reader.Version++;
                }
                else
                {
                    reader = new Reader { CreatedAt = now, Version = 1 };
                    db.Set<Reader>().Add(reader);
                    known[data.CardNumber] = reader;
                    counts.Created++;
                }
                data.CopyTo(reader);
                reader.UpdatedAt = now;
            }
            return CirculationResult<(int, int, int, int)>.Done(counts);
        }, cancellationToken);
        rejections.AddRange(found);
        return result.Value;
    }
}
