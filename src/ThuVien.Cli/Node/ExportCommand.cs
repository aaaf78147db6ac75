using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Cli.Marc;
using ThuVien.Storage;

namespace ThuVien.Cli.Node;

/// <summary>`thuvien export`: streams the catalogue (records with their items as 952) in any MARC serialisation.</summary>
internal static class ExportCommand
{
    private const int PageSize = 1000;

    public static Command Create()
    {
        var node = new NodeOptions();
        var format = new Option<string>("--format") { Description = "mrc (ISO 2709), xml (MARCXML) or json (MARC-in-JSON).", DefaultValueFactory = _ => "mrc" };
        var since = new Option<string?>("--since") { Description = "Only records changed on or after this date (YYYY-MM-DD, UTC) or time (ISO 8601)." };
        var output = new Option<string>("--out", "-o") { Description = "Output file, - for standard output.", DefaultValueFactory = _ => "-" };
        var command = new Command("export", "Write the catalogue as MARC.") { format, since, output };
        node.AddTo(command);
        command.SetAction(async (parse, cancellationToken) => await CommandRun.GuardAsync(async () =>
        {
            DateTime? from = null;
            if (parse.GetValue(since) is { } text)
            {
                from = DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed
                    : throw new UsageException($"--since '{text}' is not a date");
            }

            using var services = node.Services(parse);
            var databases = services.GetRequiredService<IDbContextFactory<ThuVienDb>>();
            await DatabaseState.MigrateAsync(databases, cancellationToken);
            await using var stream = MarcInput.OpenWrite(parse.GetValue(output)!);
            using var writer = MarcFileFormats.OpenWriter(stream, "export", parse.GetValue(format));
            long written = 0;
            long after = 0;
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            while (true)
            {
                var page = await db.Records.AsNoTracking().Include(r => r.Items)
                    .Where(r => r.Id > after && !r.Deleted && (from == null || r.UpdatedAt >= from))
                    .OrderBy(r => r.Id).Take(PageSize).ToListAsync(cancellationToken);
                if (page.Count == 0)
                {
                    break;
                }

                foreach (var row in page)
                {
                    writer.Write(row.ToMarcWithItems());
                    written++;
                }

                after = page[^1].Id;
            }

            writer.Complete();
            Console.Error.WriteLine($"exported {written} records");
            return 0;
        }));
        return command;
    }
}
